using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding;

/// <summary>What a catalog term found in a question is, and how terms stand to each other there.</summary>
internal static class MatchRules
{
    public static bool IsMetric(TermMatch match) => match.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric);

    public static bool IsCondition(TermMatch match) => match.Entries.Any(e => e.Kind == TermKind.Condition);

    public static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// An unclear word is a metric asked for beside a named one only when the two are listed together ("客户数和GMV",
    /// "customers and GMV"); "orders customers placed" uses the word about the orders.
    /// </summary>
    public static bool ListedWithMetric(string text, IReadOnlyList<TermMatch> matches)
    {
        var named = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)).ToList();
        return matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.AmbiguousMetric)).Any(unclear => named.Any(metric =>
            ListJoint(metric.End <= unclear.Start ? text[metric.End..unclear.Start] : unclear.End <= metric.Start ? text[unclear.End..metric.Start] : "x")));
    }

    private static bool ListJoint(string between) =>
        between.Trim(' ', '的') is "和" or "与" or "跟" or "及" or "以及" or "还有" or "、" or "," or "，" or "&" or "and" or "plus" or "as well as" or "with" or "和它的" or "加上";
}
