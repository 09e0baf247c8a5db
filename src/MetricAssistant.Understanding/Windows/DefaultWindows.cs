using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Windows;

/// <summary>
/// The windows a metric may name as its default, resolved against today into half-open ranges.
/// "Past N days" and "year to date" end before today (complete days), like Recognizers-Text's
/// resolutions of "past 7 days" and "earlier this year".
/// </summary>
public static class DefaultWindows
{
    public static readonly IReadOnlyList<string> Names = ["last_month", "last_7_days", "last_30_days", "year_to_date", "last_quarter", "last_year", "last_week", "yesterday"];

    public static DateRange? Resolve(string window, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        return window switch
        {
            "last_month" => new DateRange(month.AddMonths(-1), month),
            "last_7_days" => new DateRange(today.AddDays(-7), today),
            "last_30_days" => new DateRange(today.AddDays(-30), today),
            // On January 1st there is no complete day yet this year: the day itself is the window.
            "year_to_date" => new DateRange(new DateOnly(today.Year, 1, 1), today.DayOfYear == 1 ? today.AddDays(1) : today),
            "last_quarter" => new DateRange(quarter.AddMonths(-3), quarter),
            "last_year" => new DateRange(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year, 1, 1)),
            // ISO weeks: Monday to Monday.
            "last_week" => new DateRange(today.AddDays(-((int)today.DayOfWeek + 6) % 7 - 7), today.AddDays(-((int)today.DayOfWeek + 6) % 7)),
            "yesterday" => new DateRange(today.AddDays(-1), today),
            _ => null,
        };
    }

    public static string Describe(string window, string language) => (window, language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) switch
    {
        ("last_month", true) => "上个月",
        ("last_7_days", true) => "近7天",
        ("last_30_days", true) => "近30天",
        ("year_to_date", true) => "今年以来",
        ("last_quarter", true) => "上季度",
        ("last_year", true) => "去年",
        ("last_week", true) => "上周",
        ("yesterday", true) => "昨天",
        ("last_month", false) => "last month",
        ("last_7_days", false) => "the past 7 days",
        ("last_30_days", false) => "the past 30 days",
        ("year_to_date", false) => "year to date",
        ("last_quarter", false) => "last quarter",
        ("last_year", false) => "last year",
        ("last_week", false) => "last week",
        ("yesterday", false) => "yesterday",
        _ => window,
    };
}
