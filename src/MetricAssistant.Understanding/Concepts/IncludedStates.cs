using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What a question counts in ("取消的也算", "even ones refunded later", "没付款的也要算进去"): a state counted in widens what is
/// counted, so a metric whose fixed filters leave it out (orders not cancelled; paid orders only, when unpaid ones are counted in)
/// is not the reading. The metric of the same quantity (shape and subjects) that keeps every such state and best fits the rest of
/// the question replaces it; when none does (every order count leaves cancelled ones out), the catalog has no such measure.
/// </summary>
public sealed class IncludedStates(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    /// <summary>None when the chosen metric keeps what is counted in; else an answer with the best metric of its quantity that does, or not found.</summary>
    public ConceptDecision Decide(IReadOnlyList<string> metrics, ConceptReading whole)
    {
        if (metrics is not [var chosen] || (whole.Included.Count == 0 && whole.IncludedUnhappened.Count == 0)) return ConceptDecision.None;
        if (Keeps(chosen, whole) || catalog.Signatures.For(chosen) is not { } own) return ConceptDecision.None;
        var kept = scorer.Rank(whole.Concepts, id => KeepsEvery(id, whole) && SameQuantity(own, id), sharing: true, limit: 2);
        // A tie is no reading of its own: the chosen metric stays, the question's words read.
        if (kept is [var best, ..] && (kept.Count == 1 || kept[1].Score < best.Score)) return new ConceptDecision(ConceptVerdict.Answer, [best.MetricId]);
        return kept.Count == 0 ? new ConceptDecision(ConceptVerdict.NotFound, [chosen]) : ConceptDecision.None;
    }

    /// <summary>
    /// A replacement keeps every state: it leaves none out and counts only rows in states the question says (paid orders are
    /// no count of orders with cancelled ones counted in); rows counted at their creation (placed) are every row.
    /// </summary>
    private bool KeepsEvery(string metricId, ConceptReading whole) =>
        Keeps(metricId, whole) && catalog.Signatures.For(metricId) is { } signature
        && signature.Excluded.Count == 0
        && signature.States.Where(s => s != MetricSignature.Placed).Select(vocabulary.ConceptOf).All(whole.Concepts.Contains);

    /// <summary>The same shape, a subject in common and money both or neither (an ordered amount for a paid one, never a count).</summary>
    private bool SameQuantity(MetricSignature own, string id)
    {
        if (catalog.Signatures.For(id) is not { } other || other.Shape != own.Shape) return false;
        var mine = own.Subjects.Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        var theirs = other.Subjects.Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        return mine.Overlaps(theirs) && mine.Contains(ConceptVocabulary.Money) == theirs.Contains(ConceptVocabulary.Money);
    }

    /// <summary>Whether the metric's filters keep the states counted in: none left out, and none required whose absence is counted in.</summary>
    public bool Keeps(string metricId, ConceptReading whole)
    {
        if (catalog.Signatures.For(metricId) is not { } signature) return true;
        var excluded = signature.Excluded.Select(vocabulary.ConceptOf);
        var required = signature.States.Select(vocabulary.ConceptOf);
        return !excluded.Any(whole.Included.Contains) && !required.Any(whole.IncludedUnhappened.Contains);
    }
}
