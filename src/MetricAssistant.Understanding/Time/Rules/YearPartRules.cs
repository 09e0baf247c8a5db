using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Parts of a year: quarters (2025年q3, 2025年第三季度, q3 2025, 去年第三季度, last year's q3, q3),
/// halves (上半年, 下半年, h1 2016, 上个半年), and the first or last N units of a year (今年前5个月,
/// 2021年的前2周, 今年的最后3周, 前三季度). Without a year: the most recent one that has started.
/// </summary>
internal static partial class YearPartRules
{
    /// <summary>前半年 is the first half of the year, not a 6-month window (same span, this wins).</summary>
    private const int Priority = 3;

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhQuarter.Matches(text)) AddQuarter(found, m, m.Groups["q"].ValueSpan, today);
        foreach (Match m in EnQuarter.Matches(text))
            AddQuarter(found, m, m.Groups["q"].Success ? m.Groups["q"].ValueSpan : m.Groups["qo"].ValueSpan, today);
        foreach (Match m in ZhHalf.Matches(text))
        {
            if (m.Groups["prev"].Success)
            {
                var offset = m.Groups["prev"].Value.StartsWith('上') ? -1 : 1;
                found.Add(TimeCandidate.Calendar(m.Index, m.Length, RelativePeriodRules.Shift(today, TimeUnit.Half, offset)) with { Priority = Priority });
                continue;
            }
            var half = m.Groups["h"].Value is ['上' or '前', ..] or "h1" ? 1 : 2;
            Add(found, m, new PeriodSpec(TimeUnit.Half, half), today);
        }
        foreach (Match m in EnHalf.Matches(text))
        {
            var half = m.Groups["h"].Success ? m.Groups["h"].Value[0] - '0' : m.Groups["ho"].Value is "first" or "front" ? 1 : 2;
            Add(found, m, new PeriodSpec(TimeUnit.Half, half), today);
        }
        foreach (Match m in FirstOrLast.Matches(text))
        {
            // 头仨月 (spoken): 头 is 前, 仨 three and 俩 two.
            var count = m.Groups["n"].Value switch { "仨" => "3", "俩" => "2", var said => said };
            if (!YearReference.TryRead(m, today, out var year) || !TimeNumber.TryParse(count, out var n)) continue;
            var range = Part(year, m.Groups["pos"].Value is "前" or "头" or "頭", m.Groups["u"].Value, n);
            if (range is not null) found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });
        }
        foreach (Match m in EnFirstOrLast.Matches(text))
        {
            if (!YearReference.TryRead(m, today, out var year) || !TimeNumber.TryParse(m.Groups["n"].ValueSpan, out var n)) continue;
            var unit = m.Groups["u"].Value[0] switch { 'd' => "天", 'w' => "周", 'm' => "月", _ => "季度" };
            var range = Part(year, m.Groups["pos"].Value == "first", unit, n);
            if (range is not null) found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });
        }
        foreach (Match m in EnFirstOrLastOfMonth.Matches(text))
        {
            var n = 1;
            if (m.Groups["n"].Length > 0 && !TimeNumber.TryParse(m.Groups["n"].ValueSpan, out n)) continue;
            var month = new List<TimeCandidate>();
            ChineseDateRules.AddSpec(month, m, new PeriodSpec(TimeUnit.Month, EnglishDateRules.Month(m.Groups["mn"].Value)), today);
            if (month[0].Range is not { } whole) continue;
            // Calendar days of the month, not ISO weeks: "the first two weeks of June" is June 1–14.
            var days = m.Groups["u"].Value[0] == 'w' ? 7 * n : n;
            if (n < 1 || days > whole.Days) continue;
            var range = m.Groups["pos"].Value == "first" ? DateMath.Days(whole.Start, days) : new DateRange(whole.End.AddDays(-days), whole.End);
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });
        }
        foreach (Match m in FirstQuarters.Matches(text))
        {
            if (!TimeNumber.TryParse(m.Groups["n"].ValueSpan, out var n) || n is < 1 or > 4) continue;
            // 前三季度 without a year: the most recent year whose third quarter has started.
            var year = new DateOnly(today.Year, n * 3 - 2, 1) <= today ? today.Year : today.Year - 1;
            var range = Part(year, first: true, "季度", n);
            if (range is not null) found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });
        }
    }

    private static void AddQuarter(List<TimeCandidate> found, Match m, ReadOnlySpan<char> q, DateOnly today)
    {
        var quarter = q switch
        {
            "1" or "一" or "first" or "1st" => 1, "2" or "二" or "second" or "2nd" => 2,
            "3" or "三" or "third" or "3rd" => 3, _ => 4,
        };
        Add(found, m, new PeriodSpec(TimeUnit.Quarter, quarter), today);
    }

    private static void Add(List<TimeCandidate> found, Match m, PeriodSpec spec, DateOnly today)
    {
        var before = found.Count;
        ChineseDateRules.AddSpec(found, m, spec, today);
        if (found.Count > before) found[^1] = found[^1] with { Priority = Priority };
    }

    /// <summary>The first (or last) <paramref name="n"/> units of <paramref name="year"/>; weeks are ISO weeks.</summary>
    private static DateRange? Part(int year, bool first, string unit, int n)
    {
        if (!DateMath.IsSafeYear(year) || n < 1) return null;
        var jan1 = new DateOnly(year, 1, 1);
        var next = jan1.AddYears(1);
        switch (unit[^1])
        {
            case '月' when n <= 12:
                return first ? DateMath.Months(jan1, n) : new DateRange(next.AddMonths(-n), next);
            case '度' or '季' when n <= 4:
                return first ? DateMath.Months(jan1, 3 * n) : new DateRange(next.AddMonths(-3 * n), next);
            case '周' or '週' or '期' when n <= 53:
                var weekOne = DateMath.IsoYearStart(year);
                var nextWeekOne = DateMath.IsoYearStart(year + 1);
                return first ? DateMath.Days(weekOne, 7 * n) : new DateRange(nextWeekOne.AddDays(-7 * n), nextWeekOne);
            case '天' or '日' when n <= 366:
                return first ? DateMath.Days(jan1, n) : new DateRange(next.AddDays(-n), next);
            default:
                return null;
        }
    }

    // "2025年q3", "2025q3", "2025年第三季度", "去年第三季度", "今年第一季度", "第三季度", "三季度", "q3季度"
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?:第\s*(?<q>[一二三四1-4])\s*个?\s*季度?|(?<![0-9零〇一二两三四五六七八九十前近])(?<q>[一二三四1-4])\s*季度|(?<![a-z])q\s*(?<q>[1-4])(?![0-9])(?:\s*季度)?)", Options, TimeoutMs)]
    private static partial Regex ZhQuarter { get; }

    // "q3 2025", "2016 q3", "q3-2019", "2017-q1", "q3 this year", "q3 of last year", "last year's q3", "the third quarter of 2016"
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<yrel>last year|this year|next year|previous year)(?:'s)?\s+)?(?:(?<y>(?:19|20)[0-9]{2})\s*-?\s*)?(?:the\s+)?(?:q(?<q>[1-4])(?![0-9a-z])|(?<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?![a-z]))(?:\s*(?:of\s+|-\s*)?(?:the\s+)?(?:(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year|next year|previous year)))?", Options, TimeoutMs)]
    private static partial Regex EnQuarter { get; }

    // "上半年", "2017年上半年", "去年下半年", "今年后半年", "今年H1", "上个半年" (the previous half-year)
    [GeneratedRegex(@"(?<prev>上一?个半年|下一?个半年)|(?:" + ZhYear + @"\s*的?\s*)?(?<h>上半年|前半年|下半年|后半年|h1(?![0-9a-z])|h2(?![0-9a-z]))", Options, TimeoutMs)]
    private static partial Regex ZhHalf { get; }

    // "h1 2016", "2016h2", "2019-h2", "h2", "first half of 2025", "the second half of last year", "last year's h1", "the back half of 2024"
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<yrel>last year|this year|next year|previous year)(?:'s)?\s+)?(?:(?<y>(?:19|20)[0-9]{2})\s*-?\s*)?(?:h(?<h>[12])(?![0-9a-z])|(?:the\s+)?(?<ho>first|second|front|back|latter)\s+half(?:\s+of\s+the\s+year)?(?![a-z]))(?:\s*(?:of\s+|-\s*)?(?:(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year|next year|previous year)))?", Options, TimeoutMs)]
    private static partial Regex EnHalf { get; }

    // "今年前5个月", "2021年的前2周", "去年的前10天", "今年的最后3周", "2021 年的最後 4 个月"
    [GeneratedRegex(ZhYear + @"\s*的?\s*(?<pos>前|头|頭|最后|最後)\s*(?<n>" + ZhCount + @"|仨|俩)\s*(?<u>个月|個月|月|个季度|季度|个?星期|周|週|天|日)", Options, TimeoutMs)]
    private static partial Regex FirstOrLast { get; }

    // "the first 2 weeks of 2021", "the last 3 weeks of this year", "last four months of 2021", "first ten days of last year"
    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?<pos>first|last)\s+(?<n>" + EnCount + @")\s+(?<u>days?|weeks?|months?|quarters?)\s+of\s+(?:the\s+)?(?:(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year|next year|previous year|current year|year)(?![a-z]))", Options, TimeoutMs)]
    private static partial Regex EnFirstOrLast { get; }

    // "the first two weeks of june 2025", "first 10 days of march", "the last week of june" (one: "last week" alone is RelativePeriodRules')
    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?<pos>first|last)\s+(?:(?<n>" + EnCount + @")\s+(?<u>days|weeks)|(?<n>)(?<u>day|week))\s+of\s+(?:the\s+month\s+of\s+)?(?<mn>" + EnMonth + @")(?![a-z])\.?(?:" + EnYearAfter + @")?", Options, TimeoutMs)]
    private static partial Regex EnFirstOrLastOfMonth { get; }

    // "前三季度", "前两个季度" (of the current year; with a year, FirstOrLast is longer)
    [GeneratedRegex(@"前\s*(?<n>[一二两三四1-4])\s*个?\s*季度?", Options, TimeoutMs)]
    private static partial Regex FirstQuarters { get; }
}
