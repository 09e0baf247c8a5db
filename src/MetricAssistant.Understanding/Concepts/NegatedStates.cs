using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What a question says did not happen ("没取消的预约", "orders that weren't paid", "没退款的订单"): a state the chosen
/// metric's own filters leave out restates its rows (appointments not cancelled are the appointments counted); any other
/// (unpaid orders, orders without a refund) is a measure the catalog lacks, never the metric of the state itself
/// (paid orders for 没付款的订单) nor the plain count answered as if the negation were not there.
/// </summary>
public sealed class NegatedStates(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>None when every negated state is one the chosen metrics leave out; else not found with them and the state's metrics.</summary>
    public ConceptDecision Decide(IReadOnlyList<string> metrics, ConceptReading whole)
    {
        // Only a negation of what some published metric measures or filters on changes what is counted.
        var negated = whole.Negated.Where(facts.PublishedConcepts.Contains).ToList();
        if (negated.Count == 0 || metrics.Count == 0) return ConceptDecision.None;
        // A share's rows are its base's ("没取消的预约里成交的比例": appointments not cancelled are appointment conversion's base).
        if (metrics.All(id => catalog.Signatures.For(id) is { } s && negated.All(c => s.Excluded.Concat(s.Denominator?.Excluded ?? []).Select(vocabulary.ConceptOf).Contains(c)))) return ConceptDecision.None;
        var of = scorer.Rank(negated.ToHashSet(StringComparer.Ordinal), scorer.Having(negated).Where(id => !metrics.Contains(id)), sharing: true, limit: 2);
        return new ConceptDecision(ConceptVerdict.NotFound, [.. metrics, .. of.Select(r => r.MetricId)]);
    }
}
