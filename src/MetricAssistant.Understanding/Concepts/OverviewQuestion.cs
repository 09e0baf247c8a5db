using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "上个月退款情况", "refund figures", "how did bookings do", "refund-wise, how did we do": a bare subject word (退款, bookings)
/// that a metric lists as a synonym, asked about in general, names the subject, not that metric: the metrics of the subject
/// (refund amount and refund rate; appointments and appointment conversion) are offered, the named one first. A word that
/// says which quantity (退款金额, 退款率) or a question that says more keeps the name. A state named by no metric and asked
/// about in general ("上周付款情况", "how did payments go") offers one metric per thing measured in it (money, orders, people),
/// never several definitions of one amount (<see cref="MeasuredKinds"/>).
/// </summary>
public sealed class OverviewQuestion(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>The concept of asking about a subject in general.</summary>
    public const string Overview = "overview";

    // The ends of names that say which quantity of a subject they are (订单数, 退款金额, "order count"), unlike a bare subject (退款, refunds).
    private static readonly string[] QuantityEnds = ["数", "量", "额", "率", "价", " count", " number", " amount", " rate", " value"];

    private readonly MeasuredKinds kinds = new(catalog, scorer);

    /// <summary>Whether the reading asks about something in general: an overview word, or performance words said of a subject.</summary>
    public static bool Asks(ConceptReading whole) => whole.Has(Overview) || whole.Has(ConceptVocabulary.Performance);

    /// <summary>The choices for <paramref name="chosen"/> when the question, read whole (names included), says only a subject and an overview word; or none.</summary>
    /// <param name="nameSaid">The words that named the metric: a name ending in what quantity it is ("订单数方面") is no bare subject.</param>
    /// <param name="judged">Best or worst is asked ("哪个渠道退款最严重", "which channel is doing best on refunds"): the subject's
    /// plain amount is judged (by its good direction), as people read it, not asked back; a ratio only when a word says so.</param>
    public ConceptDecision Decide(string chosen, ConceptReading whole, string? nameSaid = null, bool judged = false)
    {
        if (!Asks(whole)) return ConceptDecision.None;
        if (nameSaid is not null && QuantityEnds.Any(e => nameSaid.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return ConceptDecision.None;
        if (Subject(whole) is not { } subject) return ConceptDecision.None;
        if (judged)
            return kinds.IsRatio(chosen) && Family(subject).Where(id => !kinds.IsRatio(id)).ToList() is [var plain] ? ConceptDecision.Answer(plain) : ConceptDecision.None;
        // "appointment conversion": the metric's own name or a synonym that is more than the subject word names that metric.
        if (nameSaid is not null && NamesItself(chosen, nameSaid.Trim()) && vocabulary.ConceptOf(nameSaid.Trim().ToLowerInvariant()) != subject)
            return ConceptDecision.None;
        var named = chosen;
        var ranked = kinds.OnePerKind(Family(subject).Where(id => id != named), new HashSet<string>([subject], StringComparer.Ordinal), DescribedMetricChooser.MaxChoices - 1, except: named);
        return ranked.Count == 0 ? ConceptDecision.None : ConceptDecision.Clarify([named, .. ranked]);
    }

    /// <summary>
    /// "上周付款情况", "退货情况", "how did payments go": a state or thing no metric is named by, asked about in general, is asked back
    /// with one metric per thing measured in it (the money, the orders, the people), ranked; or none.
    /// </summary>
    /// <remarks>
    /// So is a state said alone, with nothing of what is counted or summed ("上周卖了多少"); with a count and nothing counted
    /// ("how many did we sell") the counts in it are offered (units, orders), never its money. Selling counts no people.
    /// </remarks>
    public ConceptDecision DecideUnnamed(string text, ConceptReading whole)
    {
        var counted = whole.Has(ConceptVocabulary.Count);
        if (Subject(whole, ConceptVocabulary.Count) is not { } subject || !facts.MetricStates.Contains(subject) && !Asks(whole)) return ConceptDecision.None;
        var selling = SellingWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        var family = Family(subject).Where(id => !counted || !IsMoneyOrRatio(id)).Where(id => !selling || kinds.KindOf(id) is not { } kind || !kind.EndsWith(':' + ConceptVocabulary.People, StringComparison.Ordinal));
        var offered = kinds.OnePerKind(family, new HashSet<string>([subject], StringComparer.Ordinal), DescribedMetricChooser.MaxChoices);
        // Several things measured are the choice; a ratio is offered only beside a single one (退货: the amount and the rate).
        if (offered.Where(id => !kinds.IsRatio(id)).ToList() is { Count: >= 2 } plain) offered = plain;
        // Money first: what a state in general is most often asked for (卖了多少, 付款情况).
        offered = [.. offered.OrderBy(id => kinds.KindOf(id).EndsWith(':' + ConceptVocabulary.Money, StringComparison.Ordinal) ? 0 : 1)];
        return offered.Count < 2 ? ConceptDecision.None : ConceptDecision.Clarify(offered);
    }

    // The words of selling, whose counts are of things sold (units, orders), not of people.
    private static readonly string[] SellingWords = ["卖", "sell", "sold"];

    private bool IsMoneyOrRatio(string id) =>
        scorer.ConceptsOf(id)?.Contains(ConceptVocabulary.Money) == true || catalog.Signatures.For(id)?.Shape is SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived;

    /// <summary>The one subject the question says besides asking in general, or null when it says anything else (money, a count, a share, per, a state).</summary>
    private string? Subject(ConceptReading whole, string? also = null)
    {
        var said = whole.Concepts.Where(c => c is not (Overview or ConceptVocabulary.Total or ConceptVocabulary.Performance) && c != also).ToList();
        return said is not [var subject] || ConceptVocabulary.Shapes.Contains(subject) || subject is ConceptVocabulary.Money or ConceptVocabulary.Quantity or ConceptVocabulary.People
            || vocabulary.Broader.ContainsKey(subject) ? null : subject;
    }

    // Only a metric whose own subjects or states have the subject is kept (a ratio: its numerator's): those are all there is to look at.
    private IEnumerable<string> Family(string subject) =>
        scorer.Having([subject]).Where(id => catalog.Signatures.For(id) is { } s
            && s.Shape is not SignatureShape.Derived and not SignatureShape.Rolling and not SignatureShape.ToDate and not SignatureShape.Cumulative
            && (s.Numerator is null ? s.Subjects.Concat(s.States).Select(vocabulary.ConceptOf).Contains(subject) : s.Numerator.MetricId.Length > 0 ? scorer.ConceptsOf(s.Numerator.MetricId)?.Contains(subject) == true : s.Numerator.Words.Select(vocabulary.ConceptOf).Contains(subject)));

    private bool NamesItself(string metricId, string name) =>
        catalog.Metrics.TryGetValue(metricId, out var metric)
        && (string.Equals(metric.Name.Zh, name, StringComparison.OrdinalIgnoreCase) || string.Equals(metric.Name.En, name, StringComparison.OrdinalIgnoreCase)
            || metric.Synonyms.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)));
}
