using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "会员里有多少人付了款", "members who bought something last month": people named by a noun whose own counts lack the state
/// said of them (a member count has no paid state; members are the company's customers) are the people counted in that state,
/// the published count of people whose rows are in it (read from the signatures). People said only to have done a thing no
/// count of people is in ("有多少会员下过单", "members who placed an order") have no governed count: asked back among the counts of
/// people who did it, the plain count of the thing, and the noun's own counts; never the count of the thing answered.
/// A count of something else ("how many orders did members place") or money, a share, an average keeps its reading.
/// </summary>
internal sealed class PeopleInState(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    private static readonly string[] Settling = [ConceptVocabulary.Money, ConceptVocabulary.Ratio, ConceptVocabulary.Per, ConceptVocabulary.Average,
        ConceptVocabulary.Cumulative, ConceptVocabulary.Times, ConceptVocabulary.Quantity];

    /// <summary>The count of people in the state said, a question back when none is, or none to read the question as before.</summary>
    public ConceptDecision Decide(ConceptReading reading, AskedHead heads)
    {
        if (Settling.Any(reading.Has)) return ConceptDecision.None;
        // The company's own people (customers, members), not visitors or staff, who are said when meant.
        var nouns = reading.Concepts.Where(vocabulary.PerPerson.Contains).ToList();
        if (nouns.Count == 0) return ConceptDecision.None;
        // "how many orders did members place": a thing other than people counted is asked, whoever did it.
        if (heads.CountedHeads(reading).Select(h => reading.Mentions.Where(m => m.Span.Start >= h.Span.Start && m.Span.End <= h.Span.End)
                .SelectMany(m => m.Concepts).ToList()).Any(counted => !counted.Any(vocabulary.IsPeople) && counted.Any(c => facts.Counted.Contains(c))))
            return ConceptDecision.None;
        // ("appointment buyers": a count starting from an event the question does not say is not in the state said alone.)
        var counts = catalog.Signatures.All.Where(s => s.Shape is SignatureShape.Count or SignatureShape.DistinctCount
                && catalog.FindMetric(s.MetricId) is { IsPublished: true } && scorer.ConceptsOf(s.MetricId)?.Contains(ConceptVocabulary.People) == true
                && !scorer.MissesOrigin(s.MetricId, reading.Concepts))
            .ToList();
        var own = counts.Where(s => nouns.Any(scorer.ConceptsOf(s.MetricId)!.Contains)).ToList();
        if (own.Count == 0) return ConceptDecision.None;
        HashSet<string> StatesOf(MetricSignature s) => s.States.Select(vocabulary.ConceptOf).Where(c => c != MetricSignature.Placed).ToHashSet(StringComparer.Ordinal);
        var states = counts.SelectMany(StatesOf).ToHashSet(StringComparer.Ordinal);
        var stateSaid = reading.Concepts.Where(states.Contains).ToList();
        if (stateSaid.Count > 0)
        {
            // A noun one of whose own counts is in the state ("customers who paid") is read as before.
            if (own.Any(s => stateSaid.All(StatesOf(s).Contains))) return ConceptDecision.None;
            var inState = counts.Where(s => stateSaid.All(StatesOf(s).Contains)).Select(s => s.MetricId).ToList();
            if (inState.Count == 0) return ConceptDecision.None;
            return inState.Count == 1 ? ConceptDecision.Answer(inState[0])
                : ConceptDecision.Clarify([.. scorer.Rank(reading.Concepts, inState, sharing: true, limit: DescribedMetricChooser.MaxChoices).Select(r => r.MetricId)]);
        }
        // Only a thing they did ("下过单"): what a count of people in a state counts besides the people, said, and no state.
        var doneBy = counts.Except(own).Where(s => StatesOf(s).Count > 0).ToList();
        var things = reading.Concepts.Where(c => c != ConceptVocabulary.Count && !vocabulary.IsPeople(c)
            && doneBy.Any(s => s.Subjects.Select(vocabulary.ConceptOf).Contains(c))).ToHashSet(StringComparer.Ordinal);
        if (things.Count == 0 || reading.Concepts.Any(c => !things.Contains(c) && !nouns.Contains(c) && c is not ConceptVocabulary.Count and not ConceptVocabulary.People
                && c != MetricSignature.Placed && !ConceptVocabulary.Shapes.Contains(c)))
            return ConceptDecision.None;
        var doers = doneBy.Where(s => things.All(s.Subjects.Select(vocabulary.ConceptOf).Contains)).Select(s => s.MetricId);
        var plain = catalog.Signatures.All.Where(s => s.Shape == SignatureShape.Count && catalog.FindMetric(s.MetricId) is { IsPublished: true }
                && things.All(s.Subjects.Select(vocabulary.ConceptOf).Contains) && !s.Subjects.Any(w => vocabulary.IsPeople(vocabulary.ConceptOf(w)))
                && StatesOf(s).Count == 0)
            .OrderBy(s => s.Subjects.Count).Select(s => s.MetricId).Take(1);
        var offered = doers.Concat(plain).Concat(own.Select(s => s.MetricId)).Distinct(StringComparer.Ordinal).Take(DescribedMetricChooser.MaxChoices).ToList();
        return doers.Any() && offered.Count >= 2 ? ConceptDecision.Clarify(offered) : ConceptDecision.None;
    }
}
