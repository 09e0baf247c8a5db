using System.Globalization;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Formatting;

/// <summary>A date range as people say it: 2025年6月 / June 2025, 2025年第3季度 / Q3 2025, 2025年 / 2025, else from–to.</summary>
public static class PeriodText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Describe(DateRange range, bool zh)
    {
        var (start, end) = (range.Start, range.End);
        if (start.Day == 1 && end == start.AddMonths(1)) return zh ? $"{start.Year}年{start.Month}月" : start.ToString("MMMM yyyy", English);
        if (start.Day == 1 && (start.Month - 1) % 3 == 0 && end == start.AddMonths(3)) return zh ? $"{start.Year}年第{(start.Month + 2) / 3}季度" : $"Q{(start.Month + 2) / 3} {start.Year}";
        if (start.Day == 1 && start.Month == 1 && end == start.AddYears(1)) return zh ? $"{start.Year}年" : start.Year.ToString(CultureInfo.InvariantCulture);
        var last = end.AddDays(-1);
        if (last == start) return zh ? $"{start.Year}年{start.Month}月{start.Day}日" : start.ToString("MMM d, yyyy", English);
        return zh
            ? $"{start.Year}年{start.Month}月{start.Day}日至{(last.Year == start.Year ? "" : $"{last.Year}年")}{last.Month}月{last.Day}日"
            : $"{start.ToString("MMM d", English)}–{last.ToString(last.Year == start.Year ? "MMM d, yyyy" : "MMM d, yyyy", English)}";
    }
}
