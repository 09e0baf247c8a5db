using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What a metric measures, as a choice offered tells metrics apart: an amount of money, a count of rows, a count of people, a
/// sum of units; each ratio is its own. A question asked in general ("付款情况") is offered one metric per kind, not the
/// definitions of one amount (paid, ordered, net GMV) side by side, and the counts before the ratios built on them.
/// </summary>
public sealed class MeasuredKinds(SemanticCatalog catalog, ConceptScorer scorer)
{
    /// <summary>
    /// Of <paramref name="candidates"/>, ranked by <paramref name="question"/>, the best of each kind (the official one where a kind
    /// has one), plain counts and sums first, at most <paramref name="limit"/>; none of the kind of <paramref name="except"/>.
    /// </summary>
    public IReadOnlyList<string> OnePerKind(IEnumerable<string> candidates, IReadOnlySet<string> question, int limit, string? except = null)
    {
        var ranked = scorer.Rank(question, candidates.ToList(), sharing: true).Select(r => r.MetricId).ToList();
        var taken = except is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>([KindOf(except)], StringComparer.Ordinal);
        var chosen = new List<string>();
        foreach (var group in ranked.GroupBy(KindOf, StringComparer.Ordinal))
        {
            if (!taken.Add(group.Key)) continue;
            chosen.Add(group.FirstOrDefault(id => catalog.FindMetric(id)?.Official == true) ?? group.First());
        }
        return [.. chosen.OrderBy(id => IsRatio(id) ? 1 : 0).Take(limit)];
    }

    /// <summary>The kind of a metric: its shape and, for counts and sums, whether it measures money, people or units.</summary>
    public string KindOf(string metricId)
    {
        if (catalog.Signatures.For(metricId) is not { } signature) return metricId;
        if (IsRatio(metricId)) return metricId;
        var concepts = scorer.ConceptsOf(metricId) ?? new HashSet<string>();
        var measured = concepts.Contains(ConceptVocabulary.Money) ? ConceptVocabulary.Money
            : concepts.Contains(ConceptVocabulary.Quantity) ? ConceptVocabulary.Quantity
            : concepts.Contains(ConceptVocabulary.People) ? ConceptVocabulary.People
            : "rows";
        return $"{signature.Shape}:{measured}";
    }

    /// <summary>Whether the metric is a ratio of others (a share, an amount per unit) or derived from them.</summary>
    public bool IsRatio(string metricId) =>
        catalog.Signatures.For(metricId)?.Shape is SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived;
}
