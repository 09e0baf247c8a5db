using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Two periods set against each other ("orders in Q2 2025 vs Q1", "昨天的GMV vs 前天"): when the second is the period
/// just before the first, that is a comparison with the previous period; a year before, year over year. The first
/// period is the one asked. Any other pair is left to the time reader (it is not a comparison the query can run).
/// </summary>
public static partial class PeriodVersusPeriod
{
    [GeneratedRegex(@"^\s*(的\s*)?[\p{IsCJKUnifiedIdeographs}a-z\s]{0,12}?\s*(vs\.?|versus|对比|相比|比较|compared (to|with)|against|比)\s*(the\s+|with\s+)?$")]
    private static partial Regex Between();

    // "10月的退款跟去年10月比", "和上个月对比一下": the joining word before the second period, the comparison word after it.
    [GeneratedRegex(@"^\s*(的\s*)?[\p{IsCJKUnifiedIdeographs}a-z\s]{0,12}?(跟|和|与|同)\s*$")]
    private static partial Regex WithBetween();

    [GeneratedRegex(@"^\s*(的|那个月|那时候|同期)?\s*(比|对比|相比|比较)")]
    private static partial Regex CompareAfter();

    /// <returns>The period asked and how it is compared, or null when the question sets no two periods against each other.</returns>
    public static (DateRange Range, Comparison Compare)? Find(string text, TimeResolution timing)
    {
        var mentions = timing.Mentions.OrderBy(m => m.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            var end = first.Start + first.Length;
            if (second.Start < end) continue;
            var after = second.Start + second.Length;
            if (!Between().IsMatch(text[end..second.Start]) && !(WithBetween().IsMatch(text[end..second.Start]) && CompareAfter().IsMatch(text[after..]))) continue;
            if (second.Range == Before(first.Range)) return (first.Range, Comparison.Pop);
            if (second.Range == new DateRange(first.Range.Start.AddYears(-1), first.Range.End.AddYears(-1))) return (first.Range, Comparison.Yoy);
        }
        return null;
    }

    private static DateRange Before(DateRange range) => range.IsWholeMonths
        ? new DateRange(range.Start.AddMonths(-range.Months), range.Start)
        : new DateRange(range.Start.AddDays(-range.Days), range.Start);
}
