using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "上季度会员有多少", "Q2 的会员数", "member count in Q2": a running total named only by what it counts, over a period,
/// may be those added in the period or all there are at its end; both are asked back. A word that says which
/// (累计, 新增, "total so far", "member base"), a point in time (月底, as of) or no period at all keeps the running total.
/// </summary>
public sealed partial class RunningTotalOverPeriod(SemanticCatalog catalog, ConceptVocabulary vocabulary)
{
    // What may remain of a bare name once the words of what it counts are taken out: a count word, a plural.
    [GeneratedRegex(@"^(数|数量|人数|个数|总量|count|number|numbers|s|的)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountWordsOnly();

    // Words saying all of them together: with one, a count of what a running total counts is the running total.
    [GeneratedRegex(@"总共|一共|总计|合计|总数|总量|攒|积累|累积|(?<![a-z])(?:total|in all|altogether|all told|so far|overall)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWords();

    /// <param name="nameSaid">The words that named the metric, when a name did.</param>
    /// <param name="periodAsked">A period is named and no period end.</param>
    /// <param name="text">The question: a total word in it (总共, 一共, 攒下, "total", "in all") says all of them, which the reading
    /// drops beside a period.</param>
    public ConceptDecision Decide(string text, string chosen, ConceptReading whole, string? nameSaid, bool periodAsked)
    {
        if (!periodAsked || TotalWords().IsMatch(text) || catalog.Signatures.For(chosen) is not { Shape: SignatureShape.Cumulative } running) return ConceptDecision.None;
        var counted = new HashSet<string>(running.Subjects, StringComparer.Ordinal) { ConceptVocabulary.People, ConceptVocabulary.Count, ConceptVocabulary.Quantity };
        // A narrower word for what is counted (会员 of customers) counts it too.
        foreach (var (narrow, general) in vocabulary.Broader)
            if (general.Any(running.Subjects.Contains)) counted.Add(narrow);
        if (!whole.Concepts.All(counted.Contains)) return ConceptDecision.None;
        if (nameSaid is not null && !Bare(nameSaid.Trim(), counted)) return ConceptDecision.None;
        return addedBy.Value.TryGetValue(chosen, out var added) ? ConceptDecision.Clarify([chosen, added]) : ConceptDecision.None;
    }

    // Each running total's flow, counted in the period: the one published count of the same things, counted when they are
    // added (total members → new members). Read once from the catalog.
    private readonly Lazy<Dictionary<string, string>> addedBy = new(() =>
    {
        var flows = catalog.Metrics.Values.Where(m => m.IsPublished && catalog.Signatures.For(m.Id) is { Shape: SignatureShape.Count or SignatureShape.DistinctCount })
            .GroupBy(m => Key(catalog.Signatures.For(m.Id)!.Subjects)).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList(), StringComparer.Ordinal);
        return catalog.Metrics.Values.Where(m => m.IsPublished && catalog.Signatures.For(m.Id) is { Shape: SignatureShape.Cumulative })
            .Select(m => (m.Id, Flows: flows.GetValueOrDefault(Key(catalog.Signatures.For(m.Id)!.Subjects))))
            .Where(p => p.Flows is [_]).ToDictionary(p => p.Id, p => p.Flows![0], StringComparer.Ordinal);
    });

    private static string Key(IReadOnlyList<string> subjects) => string.Join('|', subjects.Order(StringComparer.Ordinal));

    private bool Bare(string name, HashSet<string> counted)
    {
        var rest = name.ToLowerInvariant();
        foreach (var (phrase, concepts) in vocabulary.Phrases.OrderByDescending(p => p.Key.Length))
            if (concepts.Length > 0 && concepts.All(counted.Contains) && rest.Contains(phrase, StringComparison.Ordinal))
                rest = rest.Replace(phrase, "", StringComparison.Ordinal);
        return CountWordsOnly().IsMatch(rest.Replace(" ", "", StringComparison.Ordinal));
    }
}
