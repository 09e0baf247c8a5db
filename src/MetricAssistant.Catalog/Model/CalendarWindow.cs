using System.Globalization;
using System.Text.RegularExpressions;

namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A length of calendar time as MetricFlow writes it ("7 days", "1 year"): the window of a rolling
/// cumulative metric, or how far back a derived metric's input is read (offset_window).
/// </summary>
public sealed partial record CalendarWindow(int Count, TimeGrain Unit)
{
    /// <summary>The date this window before <paramref name="date"/> (calendar months clamp to the month's last day).</summary>
    public DateOnly Before(DateOnly date) => Unit switch
    {
        TimeGrain.Day => date.AddDays(-Count),
        TimeGrain.Week => date.AddDays(-7 * Count),
        TimeGrain.Month => date.AddMonths(-Count),
        TimeGrain.Quarter => date.AddMonths(-3 * Count),
        TimeGrain.Year => date.AddYears(-Count),
        _ => throw new ArgumentOutOfRangeException(nameof(date)),
    };

    /// <summary>Whole months back (months, quarters, years), else 0.</summary>
    public int Months => Unit switch { TimeGrain.Month => Count, TimeGrain.Quarter => 3 * Count, TimeGrain.Year => 12 * Count, _ => 0 };

    /// <summary>Days back (days, weeks), else 0.</summary>
    public int Days => Unit switch { TimeGrain.Day => Count, TimeGrain.Week => 7 * Count, _ => 0 };

    /// <summary>An SQL interval's text: "7 days", "3 months".</summary>
    public string IntervalText => Months != 0
        ? $"{Months.ToString(CultureInfo.InvariantCulture)} months"
        : $"{Days.ToString(CultureInfo.InvariantCulture)} days";

    public override string ToString() =>
        $"{Count.ToString(CultureInfo.InvariantCulture)} {Unit.ToString().ToLowerInvariant()}{(Count == 1 ? "" : "s")}";

    /// <summary>"7 days", "1 year", "2 weeks", "1 month" (singular or plural; a positive whole number).</summary>
    public static CalendarWindow? TryParse(string? text)
    {
        var m = Pattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > 10_000) return null;
        var unit = m.Groups["unit"].Value switch
        {
            "day" => TimeGrain.Day,
            "week" => TimeGrain.Week,
            "month" => TimeGrain.Month,
            "quarter" => TimeGrain.Quarter,
            _ => TimeGrain.Year,
        };
        return new CalendarWindow(count, unit);
    }

    [GeneratedRegex(@"^(?<n>\d{1,5})\s*(?<unit>day|week|month|quarter|year)s?$")]
    private static partial Regex Pattern();
}
