using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Boundaries said as range ends (<see cref="PeriodPoint"/>): 年初 / 年底 / 年末 (去年年底, 2024年初), 月初 / 月中 / 月底 /
/// 月末 (6月初, 上个月底, 本月中), "the start of the year", "the beginning of the month", "mid-month", "the end of the
/// year". 年中 / mid-year is
/// <see cref="ColloquialRules"/>' (it is a period on its own too). A boundary that names its year or month reads
/// alone as that year or month, as before (2024年初 → 2024); one that names none (年初, 月中) is no range on its own.
/// 月底 / 年末 / "the end of the year" reach here only as a range's end (年中到年底, "to the end of the month"): elsewhere
/// they ask for a period's end value (PeriodEndWords).
/// </summary>
internal static partial class BoundaryRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhYearPoint.Matches(text))
        {
            var at = At(m.Groups["at"].Value);
            if (!YearReference.TryRead(m, today, out var year))
                found.Add(TimeCandidate.Boundary(m.Index, m.Length, new PeriodPoint(TimeUnit.Year, at, null)));
            else if (DateMath.IsSafeYear(year))
                Add(found, m, DateMath.Year(year), new PeriodPoint(TimeUnit.Year, at, new DateOnly(year, 1, 1)));
        }
        foreach (Match m in ZhMonthPoint.Matches(text))
        {
            var at = At(m.Groups["at"].Value);
            DateRange? month = null;
            if (m.Groups["rel"].Success)
            {
                var offset = m.Groups["rel"].Value switch { "上上" => -2, "上" => -1, "下" => 1, _ => 0 };
                month = DateMath.Months(DateMath.MonthStart(today).AddMonths(offset), 1);
            }
            else if (m.Groups["m"].Success)
            {
                if (!ChineseDateRules.TryMonth(m.Groups["m"].ValueSpan, out var number)) continue;
                var spec = new PeriodSpec(TimeUnit.Month, number);
                var ok = YearReference.TryRead(m, today, out var year) ? spec.TryIn(year, out var r) : spec.TryMostRecent(today, out r);
                if (!ok) continue;
                month = r;
            }
            if (month is null) found.Add(TimeCandidate.Boundary(m.Index, m.Length, new PeriodPoint(TimeUnit.Month, at, null)));
            else Add(found, m, month, new PeriodPoint(TimeUnit.Month, at, month.Start));
        }
        foreach (Match m in EnPoint.Matches(text))
        {
            var unit = m.Groups["u"].Value == "year" ? TimeUnit.Year : TimeUnit.Month;
            var at = m.Groups["mid"].Success ? PointAt.Middle : m.Groups["end"].Success ? PointAt.End : PointAt.Start;
            if (!m.Groups["rel"].Success)
            {
                found.Add(TimeCandidate.Boundary(m.Index, m.Length, new PeriodPoint(unit, at, null)));
                continue;
            }
            // "the start of last month": a boundary of a named period, as 上个月初 is.
            var offset = m.Groups["rel"].Value == "last" ? -1 : 1;
            var period = unit == TimeUnit.Year ? DateMath.Year(today.Year + offset) : DateMath.Months(DateMath.MonthStart(today).AddMonths(offset), 1);
            Add(found, m, period, new PeriodPoint(unit, at, period.Start));
        }
    }

    private static PointAt At(string word) => word switch { "初" => PointAt.Start, "中" => PointAt.Middle, _ => PointAt.End };

    /// <summary>A boundary of a named year or month: alone it reads as that period (longer than "2024年" inside it), in a range as its date.</summary>
    private static void Add(List<TimeCandidate> found, Match m, DateRange range, PeriodPoint point) =>
        found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Point = point });

    // "年初", "年底", "年末", "去年年底", "去年底", "2024年初", "今年年初" — not 年中 (ColloquialRules), not 新年初一 / 往年底
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*年?|(?<![一全每整往新])年)(?<at>初|底|末)(?!一|二|三|四|五|六|七|八|九|十)", Options, TimeoutMs)]
    private static partial Regex ZhYearPoint { get; }

    // "月初", "月中", "月底", "月末", "6月初", "2024年6月底", "上个月底", "本月中", "这个月初", and with 月 said twice "这个月月初",
    // "上个月的月中" (one boundary of that month, not the month and a boundary of another) — not 每月初 (every month),
    // 6月中旬 (a ten-day part), 正月初一 (a lunar day)
    [GeneratedRegex(@"(?:(?:" + ZhYear + @"\s*的?\s*)?(?<m>(?<![0-9.])(?:1[0-2]|0?[1-9])|(?<![零〇一二两三四五六七八九十百正腊])(?:十[一二]?|[一二三四五六七八九]))\s*月份?(?:\s*的?\s*月)?|(?<![一])(?<rel>上上|上|本|这|這|当|下)\s*(?:一个|一個|个|個|一)?\s*月份?(?:\s*的?\s*月)?|(?<![0-9零〇一二两三四五六七八九十个個每岁歲正腊])月)(?<at>初|中|底|末)(?![旬国文心间一二三四五六七八九十])", Options, TimeoutMs)]
    private static partial Regex ZhMonthPoint { get; }

    // "the start of the year", "the beginning of the month", "start of this year", "mid-month", "(to) the end of the year",
    // "the start of last month", "the middle of the month" (of the year is 年中's, ColloquialRules)
    [GeneratedRegex(@"(?<![a-z])(?:(?:the\s+)?(?:start|beginning|(?<end>end))\s+of\s+(?:the\s+|this\s+|(?<rel>last|next)\s+)?(?<u>year|month)|(?:the\s+)?(?<mid>middle)\s+of\s+(?:the\s+|this\s+|(?<rel>last|next)\s+)?(?<u>month)|(?<mid>mid)[\s-]?(?<u>month))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex EnPoint { get; }
}
