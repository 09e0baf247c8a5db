using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>Calendar arithmetic done in C#, so that the SQL only ever sees finished dates.</summary>
public static class PeriodMath
{
    /// <summary>The first day of the period containing <paramref name="date"/> (weeks start on Monday).</summary>
    public static DateOnly Truncate(DateOnly date, TimeGrain grain) => grain switch
    {
        TimeGrain.Day => date,
        TimeGrain.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TimeGrain.Month => new DateOnly(date.Year, date.Month, 1),
        TimeGrain.Quarter => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
        TimeGrain.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain)),
    };

    public static DateOnly Next(DateOnly periodStart, TimeGrain grain) => grain switch
    {
        TimeGrain.Day => periodStart.AddDays(1),
        TimeGrain.Week => periodStart.AddDays(7),
        TimeGrain.Month => periodStart.AddMonths(1),
        TimeGrain.Quarter => periodStart.AddMonths(3),
        TimeGrain.Year => periodStart.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain)),
    };

    public static string IntervalOf(TimeGrain grain) => grain switch
    {
        TimeGrain.Day => "1 day",
        TimeGrain.Week => "7 days",
        TimeGrain.Month => "1 month",
        TimeGrain.Quarter => "3 months",
        TimeGrain.Year => "1 year",
        _ => throw new ArgumentOutOfRangeException(nameof(grain)),
    };
}
