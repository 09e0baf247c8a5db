using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Day ranges inside one month, where the second end is only a day number: 3月1日到15日, 3月1-15日,
/// 本月1号到10号, march 1 to 15, november 19-20, from 4 to 22 this month, between 3 and 12 of sept,
/// from 4 to january 22, 1995; with no month, 10号到20号 / between the 21st and 23rd (the month in which the first day
/// has most recently come). The end day is included (CONVENTIONS): [03-01, 03-16).
/// Ranges with two full ends ("3月1日到3月15日") are joined by <see cref="RangeComposer"/>.
/// </summary>
internal static partial class DayRangeRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhDays.Matches(text))
        {
            int month;
            int? year = YearReference.TryRead(m, today, out var y) ? y : null;
            if (m.Groups["rel"].Success)
            {
                var offset = m.Groups["rel"].Value.StartsWith('上') ? -1 : 0;
                var monthStart = DateMath.MonthStart(today).AddMonths(offset);
                (year, month) = (monthStart.Year, monthStart.Month);
            }
            else if (!ChineseDateRules.TryMonth(m.Groups["m"].ValueSpan, out month)) continue;
            Add(found, m, year, month, today);
        }
        foreach (Match m in BareDays.Matches(text))
        {
            // No month named: the month in which the first day has most recently come ("10号到20号" on the 15th is this month's).
            if (!TimeNumber.TryDay(m.Groups["d1"].ValueSpan, out var firstDay)) continue;
            var monthStart = DateMath.MonthStart(today).AddMonths(firstDay <= today.Day ? 0 : -1);
            Add(found, m, monthStart.Year, monthStart.Month, today);
        }
        foreach (Match m in EnDays.Matches(text))
        {
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            int month;
            if (m.Groups["rel"].Success)
            {
                var offset = m.Groups["rel"].Value switch { "last" => -1, "next" => 1, _ => 0 };
                var monthStart = DateMath.MonthStart(today).AddMonths(offset);
                (year, month) = (monthStart.Year, monthStart.Month);
            }
            else month = EnglishDateRules.Month(m.Groups["mn"].Value);
            Add(found, m, year, month, today);
        }
    }

    private static void Add(List<TimeCandidate> found, Match m, int? year, int month, DateOnly today)
    {
        if (!TimeNumber.TryDay(m.Groups["d1"].ValueSpan, out var first) || !TimeNumber.TryDay(m.Groups["d2"].ValueSpan, out var last)) return;
        if (last < first) return;
        var spec = new PeriodSpec(TimeUnit.Day, month, first);
        DateRange start;
        if (year is { } y ? !spec.TryIn(y, out start) : !spec.TryMostRecent(today, out start)) return;
        if (last > DateTime.DaysInMonth(start.Start.Year, month)) return;
        var end = new DateOnly(start.Start.Year, month, last).AddDays(1);
        found.Add(TimeCandidate.Calendar(m.Index, m.Length, new DateRange(start.Start, end)) with { Priority = 1 });
    }

    // "3月1日到15日", "3月1-15日", "2025年3月1日至15号", "从一月十日到十二日", "本月1号到10号", "上个月1日-10日"
    [GeneratedRegex(@"(?:从|自)?\s*(?:(?<rel>本月|这个月|当月|上个?月|上一个?月)|(?:" + ZhYear + @"\s*的?\s*)?(?<m>(?<![0-9.])(?:1[0-2]|0?[1-9])|(?<![零〇一二两三四五六七八九十])(?:十[一二]?|[一二三四五六七八九]))\s*月份?)\s*(?<d1>" + ZhDayNumber + @")\s*[日号]?\s*(?:到|至|-|~|–|—)\s*(?<d2>" + ZhDayNumber + @")\s*[日号](?!\s*[0-9])", Options, TimeoutMs)]
    private static partial Regex ZhDays { get; }

    // "10号到20号", "1-15号", "从5日至12日", "between the 21st and 23rd", "from the 3rd to the 9th" — no month named; not "近3日到…"
    [GeneratedRegex(@"(?:从|自)?\s*(?<![0-9零〇一二两三四五六七八九十百月年第周期每前近后这本去续共满隔连])(?<d1>" + ZhDayNumber + @")\s*[日号]?\s*(?:到|至|-|~|–|—)\s*(?<d2>" + ZhDayNumber + @")\s*[日号](?!\s*[0-9])" +
        @"|(?<![a-z0-9])(?:from|between)\s+(?:the\s+)?(?<d1>" + DayNumber + @"(?:st|nd|rd|th))\s*(?:-|–|and|" + RangeJoiner + @")\s*(?:the\s+)?(?<d2>" + DayNumber + @"(?:st|nd|rd|th))(?![a-z0-9])(?!\s*(?:of\s+)?(?:" + EnMonth + @"|this|next|last|current)(?![a-z]))", Options, TimeoutMs)]
    private static partial Regex BareDays { get; }

    // "march 1 to 15", "november 19-20", "november between 19 and 20", "march 1-15, 2025",
    // "from 4 to 22 this month", "4-23 in next month", "between 3 and 12 of sept", "from 4 to 22 january, 1995",
    // "april ninth through seventeenth", "from the 3rd to the 9th of august", "between the ninth and the seventeenth of april",
    // "from 02 to april 07" (this last form only right after from / between: "january 1st and april 5th" is two dates)
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?:from|between)\s+)?(?:" +
        @"(?<mn>" + EnMonth + @")(?![a-z])\.?\s+(?:between\s+)?(?:the\s+)?(?<d1>" + EnDayOfMonth + @")\s*(?:-|–|and|" + RangeJoiner + @")\s*(?:the\s+)?(?<d2>" + EnDayOfMonth + @")(?:\s*,?\s*(?:(?:of|in)\s+)?(?<y>(?:19|20)[0-9]{2})(?![0-9]))?" +
        @"|(?:the\s+)?(?<d1>" + EnDayOfMonth + @")\s*(?:-|–|and|" + RangeJoiner + @")\s*(?:the\s+)?(?<d2>" + EnDayOfMonth + @")\s*(?:(?:of|in)\s+)?(?:(?<rel>this|next|last|current)\s+month|(?<mn>" + EnMonth + @")(?![a-z])\.?(?:\s*,?\s*(?:(?:of|in)\s+)?(?<y>(?:19|20)[0-9]{2})(?![0-9]))?)" +
        @"|(?<=(?:from|between)\s+)(?:the\s+)?(?<d1>" + EnDayOfMonth + @")\s*(?:-|–|and|" + RangeJoiner + @")\s*(?<mn>" + EnMonth + @")(?![a-z])\.?\s*(?:the\s+)?(?<d2>" + EnDayOfMonth + @")(?:\s*,?\s*(?<y>(?:19|20)[0-9]{2})(?![0-9]))?)", Options, TimeoutMs)]
    private static partial Regex EnDays { get; }
}
