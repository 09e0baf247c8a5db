using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Windows that end before today (CONVENTIONS: complete days, today excluded): 近7天, 过去一周,
/// last 30 days; month-aligned windows for months and quarters: 近三个月 = the three complete months
/// before the current one, 近半年 = six, 过去12个月 = twelve; and 近N年 / past N years = [today − N
/// years, today), as Recognizers resolves 近三年 (CONVENTIONS, clarifications). 最近一个月 / past month is
/// the exception the conventions name: 30 days. "最近" alone is not a range.
/// </summary>
internal static partial class RollingWindowRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhWindow.Matches(text)) AddZh(found, m, today);
        foreach (Match m in ZhWithin.Matches(text)) AddZh(found, m, today);
        foreach (Match m in EnWindow.Matches(text))
        {
            var prefix = m.Groups["p"].Value;
            var count = 1;
            if (m.Groups["n"].Success && !TimeNumber.TryParse(m.Groups["n"].ValueSpan, out count)) continue;
            // Chat shorthand: "last 30d", "past 2 wks", "last 3 mos", "trailing 4q".
            var unit = m.Groups["u"].Value.TrimEnd('s') switch
            {
                "d" => "day",
                "w" or "wk" => "week",
                "m" or "mo" or "mth" => "month",
                "q" or "qtr" => "quarter",
                var u => u,
            };
            var range = unit switch
            {
                "day" => Days(today, count),
                "week" => Days(today, 7 * count),
                "fortnight" => Days(today, 14 * count),
                "month" when count == 1 && prefix is not ("previous" or "prior") => Days(today, 30),
                "month" => Months(today, count),
                "quarter" => Months(today, 3 * count),
                _ => Years(today, count), // year, yr
            };
            if (range is not null) found.Add(TimeCandidate.Window(m.Index, m.Length, range) with { Priority = 1 });
        }
    }

    private static void AddZh(List<TimeCandidate> found, Match m, DateOnly today)
    {
        var prefix = m.Groups["p"].Value;
        var n = m.Groups["n"].ValueSpan;
        var unit = m.Groups["u"].Value;
        var half = n is "半";
        var count = half ? 0 : n is "几" ? 3 : TimeNumber.TryParse(n, out var parsed) ? parsed : -1;
        if (count < 0) return;
        // 上一周 / 上一个月 are the previous calendar week / month (relative rules), not windows.
        if (prefix == "上" && count == 1) return;
        DateRange? range = unit[^1] switch
        {
            '天' or '日' when !half => Days(today, count),
            '周' or '週' or '期' or '拜' when !half => Days(today, 7 * count),
            '月' when half => Days(today, 15),
            '月' when count == 1 && prefix != "上" => Days(today, 30),
            '月' => Months(today, count),
            '季' or '度' when !half => Months(today, 3 * count),
            '年' when half => Months(today, 6), // 近半年 is six months, read like 近6个月
            '年' => Years(today, count),
            _ => null,
        };
        if (range is not null) found.Add(TimeCandidate.Window(m.Index, m.Length, range) with { Priority = 1 });
    }

    private static readonly int FirstSafeDay = new DateOnly(2, 1, 1).DayNumber;

    /// <summary>[today − n, today): n complete days before today.</summary>
    private static DateRange? Days(DateOnly today, int n) =>
        n is > 0 and <= 36_600 && today.DayNumber - n >= FirstSafeDay ? new DateRange(today.AddDays(-n), today) : null;

    /// <summary>[today − n years, today); 29 February steps back to the 28th.</summary>
    private static DateRange? Years(DateOnly today, int n) =>
        n is > 0 and <= 1000 && DateMath.IsSafeYear(today.Year - n) ? new DateRange(today.AddYears(-n), today) : null;

    /// <summary>The n complete calendar months before the current month.</summary>
    private static DateRange? Months(DateOnly today, int n)
    {
        if (n is <= 0 or > 1200 || !DateMath.IsSafeYear(today.Year - n / 12 - 1)) return null;
        var end = DateMath.MonthStart(today);
        return new DateRange(end.AddMonths(-n), end);
    }

    // "近7天", "最近三个月", "过去的12个月", "近半年", "近两周", "前1周", "上2个月", "近 三 年", "近一个季度", "最近几天"
    [GeneratedRegex(@"(?<p>最近|近|过去|過去|往前|前|上)\s*的?\s*(?<n>" + ZhCount + @")\s*(?<u>个?自然日|天|日|个?星期|个?礼拜|周|週|个?月|個?月|个?季度|季度|季|年)(?:内|以内|以来|来)?", Options, TimeoutMs)]
    private static partial Regex ZhWindow { get; }

    // "30天内", "7日以内", "3个月内"
    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十百])(?<n>" + ZhCount + @")\s*(?<u>天|日|周|个月)\s*(?:以内|内)", Options, TimeoutMs)]
    private static partial Regex ZhWithin { get; }

    // "past 7 days", "last 30 days", "the past two weeks", "last 6 months", "previous 3 weeks", "last 3year", "past month", "past few days", "the past fortnight"
    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?:(?<p>past|last|previous|prior|recent|trailing|rolling)\s+(?<n>" + EnCount + @")\s*(?<u>days?|weeks?|fortnights?|months?|quarters?|years?|yrs?|wks?|mths?|mos?|qtrs?|d|w|m|q|y)|(?<p>past|trailing|recent)\s+(?<u>day|week|fortnight|month|quarter|year)|(?<p>last)\s+(?<u>fortnight))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex EnWindow { get; }
}
