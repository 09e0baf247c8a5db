using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Value words that describe the metric itself rather than slice it: "约了到店服务的有多少个" (appointments are
/// in-store services by definition), "门店平均每个月有多少员工在岗" (headcount is store staff). Such a word names a
/// value of a dimension the metric cannot be split by, and its own definition (its description, or that of a
/// model it reads) uses the same word; read as a filter it would refuse a question the definition already answers.
/// A value word the definition does not use ("线上的预约数") stays a filter, and is refused with the reason.
/// </summary>
public static partial class DefiningWords
{
    /// <summary>Whether <paramref name="term"/> is part of what <paramref name="metric"/> is, not a slice of it.</summary>
    public static bool Describes(SemanticCatalog catalog, MetricDefinition metric, TermMatch term)
    {
        var values = term.Entries.Where(e => e.Kind == TermKind.DimensionValue).ToList();
        if (term.Fuzzy || values.Count == 0 || term.Entries.Any(e => e.Kind is not (TermKind.DimensionValue or TermKind.Dimension))) return false;
        if (catalog.Reach.For(metric.Id) is not { } reach || values.Any(e => reach.Reaches(e.Id))) return false;
        // "the stores": an English plural is the definition's singular word ("in-store").
        var said = term.Text.Length > 3 && term.Text.EndsWith('s') && term.Text.All(char.IsAsciiLetter) ? term.Text[..^1] : term.Text;
        return Texts(metric, reach).Any(t => t.Contains(said, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What is left of a defining term: a word that is also a dimension the metric splits by stays one when the
    /// question splits by it ("各门店的在岗人数"); otherwise nothing.
    /// </summary>
    /// ("各门店员工人数合计，按月平均", "sum headcount across stores": each of them summed is the metric's own first step, the
    /// whole set, no split; "各门店的平均在岗人数" still splits.)
    public static TermMatch? Remainder(TermMatch term, string text, bool ranking) =>
        term.Entries.Any(e => e.Kind == TermKind.Dimension) && SliceParser.SplitsAt(text, term, ranking)
            && (ranking || !(EachOrAllBefore().IsMatch(text[..term.Start]) && SummedWord().IsMatch(text)))
            ? term with { Entries = [.. term.Entries.Where(e => e.Kind == TermKind.Dimension)] }
            : null;

    // The words before the defining word that name each or all of it (not 按 / "by", which split: "按门店汇总").
    [GeneratedRegex(@"(各|各个|各家|每个|每家|每一家|所有|全部|(?<![a-z])(across|all|each|every|over)(\s+(the|our|all))*)\s*(的)?\s*$")]
    private static partial Regex EachOrAllBefore();

    // Adding them up: "合计", "加起来", "sum", "add up" (not "total", which also names a split's own totals: "total headcount by store").
    [GeneratedRegex(@"合计|加起来|加总|加在一起|加一起|相加|(?<![a-z])(sum|summed|summing|sums|add up|added up|adding up|adds up|add together|added together)(?![a-z])")]
    private static partial Regex SummedWord();

    private static IEnumerable<string> Texts(MetricDefinition metric, MetricReach reach) =>
        new[] { metric.Name, metric.Description }.Concat(reach.Models.Select(m => m.Description))
            .SelectMany(t => new[] { t.Zh, t.En });
}
