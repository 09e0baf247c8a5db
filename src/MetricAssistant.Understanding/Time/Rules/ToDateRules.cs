using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Period-to-date windows: 今年以来 / 年初至今 / YTD / since the start of the year → [1 Jan, today); 本月至今 / MTD → [1st, today);
/// likewise quarter and week. Today is excluded (complete days, as for 近7天); on the first day of
/// the period, when that would leave nothing, the window is today alone.
/// </summary>
internal static partial class ToDateRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        // "2025 YTD", "2025年以来": this year said by its number is the same window as 今年以来; another year's is left to the year rules.
        foreach (Match m in YearNumberToDate.Matches(text))
            if (int.Parse(m.Groups["yy"].Value, System.Globalization.CultureInfo.InvariantCulture) == today.Year)
                found.Add(TimeCandidate.Window(m.Index, m.Length, DateMath.ToDate(new DateOnly(today.Year, 1, 1), today)));
        foreach (Match m in ToDate.Matches(text))
        {
            var start = m.Groups["y"].Success ? new DateOnly(today.Year, 1, 1)
                : m.Groups["q"].Success ? DateMath.QuarterStart(today)
                : m.Groups["w"].Success ? DateMath.WeekStart(today)
                : DateMath.MonthStart(today);
            found.Add(TimeCandidate.Window(m.Index, m.Length, DateMath.ToDate(start, today)));
        }
    }

    // "今年以来", "年初至今", "本年至今", "ytd", "今年 YTD" / "this year ytd" / 这个month MTD / "this quarter QTD" (the period said twice, in either language, is one window), "year to date", "since the start of the year", "since the beginning of this month", "本月至今", "mtd", "本季度以来", "qtd", "本周至今", "wtd"; spelled out in chat: "q-t-d", "y-t-d"
    [GeneratedRegex(
        @"(?<y>(?:今年|本年度?|年初)\s*(?:以来|至今|迄今|到现在|到目前|到今天|截至今天)|(?:(?:今年|本年|(?<![a-z])this\s+year(?:'s)?|(?:这个?|這個?|本|今)\s*year)\s*的?\s*)?(?<![a-z])(?:year[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|y-t-d|ytd)(?![a-z]))" +
        @"|(?<m>(?:本月|这个月|這個月|当月|月初)\s*(?:以来|至今|迄今|到现在|到目前|到今天)|(?:(?:本月|这个月|這個月|当月|(?<![a-z])this\s+month(?:'s)?|(?:这个?|這個?|本|当)\s*month)\s*的?\s*)?(?<![a-z])(?:month[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month|m-t-d|mtd)(?![a-z]))" +
        @"|(?<q>(?:本季度?|这个季度|当季|季初|季度初)\s*(?:以来|至今|迄今|到现在|到今天)|(?:(?:本季度?|这个?季度|當季|当季|(?<![a-z])this\s+quarter(?:'s)?|(?:这个?|這個?|本|当)\s*quarter)\s*的?\s*)?(?<![a-z])(?:quarter[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+quarter|q-t-d|qtd)(?![a-z]))" +
        @"|(?<w>(?:本周|这周|这个星期|本星期|周初)\s*(?:以来|至今|迄今|到现在|到今天)|(?:(?:本周|这周|这个?星期|本星期|(?<![a-z])this\s+week(?:'s)?|(?:这个?|這個?|本)\s*week)\s*的?\s*)?(?<![a-z])(?:week[\s-]to[\s-]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week|w-t-d|wtd)(?![a-z]))",
        Options, TimeoutMs)]
    private static partial Regex ToDate { get; }

    [GeneratedRegex(@"(?<!\d)(?<yy>(?:19|20)\d{2})\s*年?\s*(?:以来|至今|迄今|到现在|到目前|到今天)|(?<!\d)(?<yy>(?:19|20)\d{2})(?:\s*年)?\s*(?:ytd|year[\s-]to[\s-]date)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex YearNumberToDate { get; }
}
