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

    /// <summary>
    /// "订单转化", "order conversion": an unclear word written right after a named metric, with no other metric after it, is
    /// the head of the phrase (what is asked); the name before it only says of what.
    /// </summary>
    public static bool HeadAfterMetric(string text, IReadOnlyList<TermMatch> matches)
    {
        var unclear = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.AmbiguousMetric)).ToList();
        var named = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)).ToList();
        return unclear.Count == 1 && unclear[0] is var head && named.All(m => m.End <= head.Start)
            && named.Any(m => text[m.End..head.Start].Trim() is "" or "的");
    }

    /// <summary>
    /// The words the catalog's owners list as not governed, each standing in a clause apart from a metric that is named
    /// ("units sold by category, and also the inventory on hand"); empty when any stands with the metric ("inventory
    /// turnover GMV") or no metric is named, so that the question is still not found.
    /// </summary>
    public static IReadOnlyList<TermMatch> UnsupportedApart(string text, IReadOnlyList<TermMatch> matches)
    {
        var unsupported = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Unsupported)).ToList();
        var named = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)).ToList();
        if (unsupported.Count == 0 || named.Count == 0) return [];
        return unsupported.All(u => named.All(n => ClauseBreak(n.End <= u.Start ? text[n.End..u.Start] : u.End <= n.Start ? text[u.End..n.Start] : "")))
            ? unsupported : [];
    }

    private static bool ClauseBreak(string between) =>
        between.IndexOfAny([',', '，', ';', '；', '。', '?', '？']) >= 0 && (between.Contains("also", StringComparison.Ordinal) || between.Contains("and", StringComparison.Ordinal)
            || between.Contains("plus", StringComparison.Ordinal) || between.Contains('还') || between.Contains("另外", StringComparison.Ordinal)
            || between.Contains("顺便", StringComparison.Ordinal) || between.Contains("以及", StringComparison.Ordinal) || between.Contains('再'));

    public static bool ListJoint(string between) =>
        between.Trim(' ', '的') is "和" or "与" or "跟" or "及" or "以及" or "还有" or "、" or "," or "，" or "&" or "and" or "plus" or "as well as" or "with" or "和它的" or "加上";

    /// <summary>The text with the spans of <paramref name="spans"/> blanked out.</summary>
    public static string Blanked(string text, IEnumerable<TermMatch> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans) Array.Fill(chars, ' ', span.Start, Math.Min(span.Length, chars.Length - span.Start));
        return new string(chars);
    }
}
