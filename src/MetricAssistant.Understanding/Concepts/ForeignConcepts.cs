using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Under a head (money, a count of a thing, units), a concept none of the head's metrics has usually says who ("money
/// customers paid"). But a state or a thing that other metrics measure ("多少单被取消了": cancelled; "how many units
/// were returned": refunds) changes what is counted: the head's best metric would answer another question. A state
/// the best metric's own filters leave out (order counts exclude cancelled orders) is asked back with the metrics built
/// on it, as a named count qualified by it is (<see cref="NameRefinements.Qualify"/>); a quantity no metric of
/// the head measures in that state or of that thing is not found, offering the head's metric and the thing's.
/// </summary>
public sealed class ForeignConcepts(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>
    /// The decision for a headed reading whose concepts the head's metrics do not all have: none (they only say who),
    /// a clarification (a state the best excludes), or not found (a quantity the catalog does not measure).
    /// </summary>
    /// <param name="kept">The reading's concepts some metric of the head has.</param>
    /// <param name="ranked">The head's metrics for the question, best first.</param>
    public ConceptDecision Judge(ConceptReading reading, IReadOnlySet<string> kept, IReadOnlyList<MetricScore> ranked)
    {
        var best = ranked[0].MetricId;
        var foreign = reading.Concepts.Where(c => !kept.Contains(c) && !ConceptVocabulary.Shapes.Contains(c) && c != ConceptVocabulary.Times
            && c != ConceptVocabulary.Money && c != ConceptVocabulary.Quantity && (facts.MeasuredOrFiltered.Contains(c) || facts.RowStates.Contains(c))).ToList();
        if (foreign.Count == 0) return ConceptDecision.None;
        // "多少人付款下单": rows in a later state (paid) were placed first; placing says nothing against the best. Said alone
        // ("几个人下了单"), it asks for people the catalog does not count (placers): the best is offered, not answered.
        if (foreign.All(c => c == MetricSignature.Placed) && catalog.Signatures.For(best) is { States.Count: > 0 } later && !later.States.Contains(MetricSignature.Placed))
            return later.States.Select(vocabulary.ConceptOf).Any(reading.Has) ? ConceptDecision.None : ConceptDecision.Clarify([.. ranked.Take(DescribedMetricChooser.MaxChoices).Select(r => r.MetricId)]);
        var built = scorer.Having(foreign).Where(id => id != best);
        var onIt = scorer.Rank(reading.Concepts, built, sharing: true, limit: DescribedMetricChooser.MaxChoices - 1).Select(r => r.MetricId).ToList();
        // "多少单被取消了": the head's metric that leaves the state out (orders, not cancelled) is offered beside those built on it.
        if (ranked.Select(r => r.MetricId).FirstOrDefault(id => catalog.Signatures.For(id) is { } s && foreign.Any(c => s.Excluded.Select(vocabulary.ConceptOf).Contains(c))) is { } leaving)
            return onIt.Count == 0 ? ConceptDecision.None : ConceptDecision.Clarify([.. onIt, leaving]);
        return new ConceptDecision(ConceptVerdict.NotFound, [best, .. onIt]);
    }
}
