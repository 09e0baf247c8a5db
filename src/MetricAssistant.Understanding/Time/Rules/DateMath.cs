using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>Calendar arithmetic for half-open ranges. Every helper stays inside years 2..9997 so nothing throws.</summary>
internal static class DateMath
{
    public static bool IsSafeYear(int year) => year is >= 2 and <= 9997;

    public static bool IsSafe(DateOnly day) => IsSafeYear(day.Year);

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly QuarterStart(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    public static DateOnly HalfStart(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 7, 1);

    /// <summary>Monday of the ISO week that holds <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Days from Monday of a Chinese weekday's character or digit (周一 / 礼拜1 → 0, 周日 / 周天 → 6).</summary>
    public static int WeekdayOffset(string day) => day switch
    {
        "一" or "1" => 0, "二" or "2" => 1, "三" or "3" => 2, "四" or "4" => 3, "五" or "5" => 4, "六" or "6" => 5, _ => 6,
    };

    /// <summary>Monday of ISO week 1 of <paramref name="year"/>: the week that holds 4 January.</summary>
    public static DateOnly IsoYearStart(int year) => WeekStart(new DateOnly(year, 1, 4));

    public static DateRange Day(DateOnly day) => new(day, day.AddDays(1));

    public static DateRange Days(DateOnly start, int count) => new(start, start.AddDays(count));

    public static DateRange Months(DateOnly start, int count) => new(start, start.AddMonths(count));

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    /// <summary>[start, today), or today alone when that would be empty (今年以来 on 1 January).</summary>
    public static DateRange ToDate(DateOnly start, DateOnly today) =>
        start < today ? new DateRange(start, today) : Day(today);

    /// <summary>The same period one year earlier (同比 / YoY baseline).</summary>
    public static DateRange YearEarlier(DateRange range) => new(range.Start.AddYears(-1), range.End.AddYears(-1));

    /// <summary>The period just before, of the same length: whole months shift by months, others by days (环比 baseline).</summary>
    public static DateRange Previous(DateRange range) =>
        range.IsWholeMonths
            ? new DateRange(range.Start.AddMonths(-range.Months), range.Start)
            : new DateRange(range.Start.AddDays(-range.Days), range.Start);
}
