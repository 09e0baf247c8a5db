using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "上个月退款情况", "refund figures", "how did bookings do": a bare subject word (退款, bookings) that a metric lists as a
/// synonym, asked about in general, names the subject, not that metric: the metrics of the subject (refund amount and
/// refund rate; appointments and appointment conversion) are offered, the named one first. A word that says which
/// quantity (退款金额, 退款率) or a question that says more keeps the name.
/// </summary>
public sealed class OverviewQuestion(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    /// <summary>The concept of asking about a subject in general.</summary>
    public const string Overview = "overview";

    // The ends of names that say which quantity of a subject they are (订单数, 退款金额, "order count"), unlike a bare subject (退款, refunds).
    private static readonly string[] QuantityEnds = ["数", "量", "额", "率", "价", " count", " number", " amount", " rate", " value"];

    /// <summary>The choices for <paramref name="chosen"/> when the question, read whole (names included), says only a subject and an overview word; or none.</summary>
    /// <param name="nameSaid">The words that named the metric: a name ending in what quantity it is ("订单数方面") is no bare subject.</param>
    public ConceptDecision Decide(string chosen, ConceptReading whole, string? nameSaid = null)
    {
        if (!whole.Has(Overview)) return ConceptDecision.None;
        if (nameSaid is not null && QuantityEnds.Any(e => nameSaid.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return ConceptDecision.None;
        // Anything else the question says about the quantity (money, a count, a share, per, a state) settles which one.
        var said = whole.Concepts.Where(c => c is not (Overview or ConceptVocabulary.Total)).ToList();
        if (said is not [var subject] || ConceptVocabulary.Shapes.Contains(subject) || subject is ConceptVocabulary.Money or ConceptVocabulary.Quantity or ConceptVocabulary.People
            || vocabulary.Broader.ContainsKey(subject)) return ConceptDecision.None;
        // "appointment conversion": the metric's own name or a synonym that is more than the subject word names that metric.
        if (nameSaid is not null && NamesItself(chosen, nameSaid.Trim()) && vocabulary.ConceptOf(nameSaid.Trim().ToLowerInvariant()) != subject)
            return ConceptDecision.None;
        var named = chosen;
        HashSet<string> word = [subject];
        // Ranked by the subject alone, with sharing, only a metric whose concepts have it is kept: those are all there is to look at.
        var family = scorer.Having(word).Where(id => id != named && catalog.Signatures.For(id) is { } s
            && s.Shape is not SignatureShape.Derived and not SignatureShape.Rolling and not SignatureShape.ToDate and not SignatureShape.Cumulative
            && (s.Numerator is null ? s.Subjects.Select(vocabulary.ConceptOf).Contains(subject) : s.Numerator.MetricId.Length > 0 ? scorer.ConceptsOf(s.Numerator.MetricId)?.Contains(subject) == true : s.Numerator.Words.Select(vocabulary.ConceptOf).Contains(subject)));
        var ranked = scorer.Rank(word, family, sharing: true, limit: DescribedMetricChooser.MaxChoices - 1).Select(r => r.MetricId).ToList();
        return ranked.Count == 0 ? ConceptDecision.None : ConceptDecision.Clarify([named, .. ranked]);
    }

    private bool NamesItself(string metricId, string name) =>
        catalog.Metrics.TryGetValue(metricId, out var metric)
        && (string.Equals(metric.Name.Zh, name, StringComparison.OrdinalIgnoreCase) || string.Equals(metric.Name.En, name, StringComparison.OrdinalIgnoreCase)
            || metric.Synonyms.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)));
}
