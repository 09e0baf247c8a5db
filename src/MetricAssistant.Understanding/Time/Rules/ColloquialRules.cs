using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// How people say time in speech (CONVENTIONS, colloquial time): 今儿(个) / 昨儿(个) / 前儿(个) / 大前儿(个) /
/// 明儿 / 后儿(个) / 大后儿(个) and 大后天 (days); weekends of a named week, 上个周末 / 这周末 / last weekend / this weekend / over the weekend
/// (Saturday to Monday; a bare 周末 / weekend stays a day-of-week word); 这两天 (the past two complete days);
/// "two weeks ago" / "3 months ago" and 两周前 / 三个月前 / 一年前 (that calendar week / month / year; N days ago and
/// N天前: that day); 年中 / mid-year / the middle of 2025
/// (May to August, as Recognizers reads "the middle of 2000"; 1 July as one end of a range).
/// </summary>
internal static partial class ColloquialRules
{
    /// <summary>Beats a shorter reading inside the same words (昨儿个 over nothing; 大后天 over 后天 by length anyway).</summary>
    private const int Priority = 2;

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhDay.Matches(text))
        {
            var offset = m.Groups["w"].Value switch { "今" => 0, "昨" => -1, "前" => -2, "大前" => -3, "明" => 1, "后" => 2, _ => 3 }; // 大后(天/儿): 3
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(today.AddDays(offset))) with { Priority = Priority, IsToday = offset == 0 });
        }
        foreach (Match m in ZhWeekend.Matches(text))
        {
            var offset = m.Groups["rel"].Value switch { "上上" => -2, "上" => -1, "下" => 1, "下下" => 2, _ => 0 };
            Add(found, m, Weekend(DateMath.WeekStart(today).AddDays(7 * offset)));
        }
        foreach (Match m in EnWeekend.Matches(text))
        {
            var week = DateMath.WeekStart(today);
            var start = m.Groups["rel"].Value switch
            {
                "last" or "past" or "previous" => week.AddDays(-7),
                "next" or "coming" => week.AddDays(7),
                "this" => week,
                _ when m.Groups["after"].Success => week.AddDays(14),
                // "over the weekend", "the weekend": the most recent one that has started
                _ => week.AddDays(5) <= today ? week : week.AddDays(-7),
            };
            Add(found, m, Weekend(start));
        }
        foreach (Match m in ZhTheseDays.Matches(text))
            found.Add(TimeCandidate.Window(m.Index, m.Length, new DateRange(today.AddDays(-2), today)) with { Priority = 1 });
        foreach (Match m in EnAgo.Matches(text).Concat(ZhAgo.Matches(text)))
        {
            if (!TimeNumber.TryParse(m.Groups["n"].ValueSpan, out var n) || n is < 1 or > 1000 || !DateMath.IsSafeYear(today.Year - n)) continue;
            var unit = m.Groups["u"].Value[0] switch
            {
                'd' or '天' => TimeUnit.Day, 'm' or '月' => TimeUnit.Month, 'q' or '季' => TimeUnit.Quarter, 'y' or '年' => TimeUnit.Year, _ => TimeUnit.Week,
            };
            Add(found, m, unit == TimeUnit.Day ? DateMath.Day(today.AddDays(-n)) : RelativePeriodRules.Shift(today, unit, -n));
        }
        foreach (Match m in MidYear.Matches(text))
        {
            // The year named, else the most recent mid-year that has started (this year's from 1 May). As a range's
            // end it is 1 July (年初到年中: the first half), in the year named, else the other end's.
            var named = YearReference.TryRead(m, today, out var y);
            var year = named ? y : today.Month >= 5 ? today.Year : today.Year - 1;
            if (!DateMath.IsSafeYear(year)) continue;
            var point = new PeriodPoint(TimeUnit.Year, PointAt.Middle, named ? new DateOnly(year, 1, 1) : null);
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Months(new DateOnly(year, 5, 1), 4)) with { Priority = Priority, Point = point });
        }
    }

    /// <summary>Saturday and Sunday of the ISO week starting <paramref name="monday"/>.</summary>
    private static DateRange Weekend(DateOnly monday) => DateMath.Days(monday.AddDays(5), 2);

    private static void Add(List<TimeCandidate> found, Match m, DateRange range) =>
        found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });

    // "今儿", "今儿个", "昨儿个", "前儿", "大前儿个" (三天前: 大 is part of the word, not left for 前儿), "明儿", "后儿个" (not 之后儿…), "大后天"
    [GeneratedRegex(@"(?<w>大前|大后|今|昨|前|明)儿个?|(?<![之以然最背])(?<w>后)儿个?|(?<w>大后)天", Options, TimeoutMs)]
    private static partial Regex ZhDay { get; }

    // "上个周末", "上周末", "这周末", "这个周末", "本周末", "下周末", "上上个周末"
    [GeneratedRegex(@"(?<rel>上上|上|本|这|這|下下|下)\s*(?:一个|一個|个|個)?\s*(?:周末|週末)", Options, TimeoutMs)]
    private static partial Regex ZhWeekend { get; }

    // "last weekend", "this weekend", "this past weekend", "over the weekend", "the weekend", "next weekend", "the weekend after next"
    [GeneratedRegex(@"(?<![a-z])(?:the\s+week-?end\s+(?<after>after\s+(?:the\s+)?next)|(?:(?:this\s+)?(?<rel>last|past|previous|this|next|coming)\s+|over\s+the\s+|the\s+)week-?end(?![a-z])(?!\s+(?:after|before)(?![a-z])))", Options, TimeoutMs)]
    private static partial Regex EnWeekend { get; }

    // "这两天", "这几天" is vaguer and left alone
    [GeneratedRegex(@"这两天|這兩天", Options, TimeoutMs)]
    private static partial Regex ZhTheseDays { get; }

    // "two weeks ago", "3 months ago", "a year ago" — not "a week ago today" style anchors
    [GeneratedRegex(@"(?<![a-z0-9])(?<n>" + EnCount + @"|a|an)\s+(?<u>days?|weeks?|months?|quarters?|years?)\s+ago(?![a-z])", Options, TimeoutMs)]
    private static partial Regex EnAgo { get; }

    // "两个月前", "3天前", "两周之前", "一年以前" — not 前天 / 前年 (their own words), not "一年前的今天" (an anchor),
    // and not 日 (3日前 is "before the 3rd"); years only as a count (两年前, 3年前), never a year (07年以前, 2018年之前)
    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十百])(?:(?<n>[0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,4})\s*(?:个|個)?\s*(?<u>天|星期|礼拜|禮拜|周|週|月|季度)|(?<n>[1-9]|[一二两三四五六七八九十]{1,3})\s*(?<u>年))\s*(?:之|以)?前(?![天年日儿])(?!的?(?:今天|今日|这天|這天|同一天))", Options, TimeoutMs)]
    private static partial Regex ZhAgo { get; }

    // "年中", "今年年中", "2025年年中", "mid-year", "midyear", "the middle of 2025", "the middle of the year", "mid 2025"
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?<![一全每整])年中(?![国文心间])|(?<![a-z])(?:mid[\s-]?year(?:\s+(?:of\s+)?(?:(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year)))?|(?:the\s+)?middle\s+of\s+(?:the\s+year|(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year))|mid[\s-](?<y>(?:19|20)[0-9]{2})(?![0-9]))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex MidYear { get; }
}
