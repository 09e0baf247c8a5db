using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What the rest of a question makes of the metric it names (rule 1's exceptions, <see cref="DescribedMetricChooser"/>): the
/// ratio built from named metrics and a ratio word, the sibling of a named count in the state the question asks for, and
/// the ratios over a metric a reply names.
/// </summary>
public sealed class NameRefinements(SemanticCatalog catalog, ConceptScorer scorer, CatalogSignatureFacts facts)
{
    /// <summary>Rule 1's exceptions: the ratio a question builds from the metrics it names, or null to keep the names.</summary>
    /// <param name="windowSaid">The question says a window ("7天内", "within 14 days"): a conversion's window is said.</param>
    public IReadOnlyList<string>? Refine(IReadOnlyList<string> named, ConceptReading reading, bool windowSaid = false)
    {
        var ratio = reading.Has(ConceptVocabulary.Ratio);
        var per = reading.Has(ConceptVocabulary.Per);
        if (!ratio && !per) return null;
        var shape = ratio ? SignatureShape.Share : SignatureShape.AveragePer;
        var signatures = catalog.Signatures;
        if (named.Count == 2)
        {
            var pair = named.ToHashSet(StringComparer.Ordinal);
            var built = signatures.All.Where(s => s.Shape is SignatureShape.Share or SignatureShape.AveragePer && Published(s.MetricId)
                && s.PartIds.ToHashSet(StringComparer.Ordinal).SetEquals(pair)).Select(s => s.MetricId).ToList();
            if (built.Count == 1) return built;
            // "商品毛利占销售额的比例": no ratio of the two as named, but the one share with the first on top over an amount of the
            // same kind as the second (item sales for sales: both money summed) is what the question builds. The whole may be
            // said first ("what cut of every 100 yuan of sales was gross profit"): with none the first way, the second on top.
            if (!ratio || built.Count > 0 || signatures.For(named[0]) is not { } first || signatures.For(named[1]) is not { } second) return null;
            List<string> Near(MetricSignature top, MetricSignature bottom) => signatures.All.Where(s => s.Shape == SignatureShape.Share && Published(s.MetricId) && s.Numerator is { } n && Is(n, top)
                && s.Denominator is { } d && d.Shape == bottom.Shape && d.Subjects.Contains(ConceptVocabulary.Money) == bottom.Subjects.Contains(ConceptVocabulary.Money))
                .Select(s => s.MetricId).ToList();
            var near = Near(first, second);
            if (near.Count == 0) near = Near(second, first);
            return near.Count == 1 ? near : null;
        }
        if (named.Count != 1 || signatures.For(named[0]) is not { } one || one.Shape is SignatureShape.Share or SignatureShape.AveragePer) return null;
        // The ratios built on the named metric (or on the same measure inline) whose distinguishing part the question describes.
        // A count "per" something ("paid orders per visitor") is a share of two counts: the named count over what it is per.
        // Not when money is what is asked: "付款总额除以付款订单数" is money per paid order, the count its divisor.
        var countPer = !ratio && one.Shape is SignatureShape.Count or SignatureShape.DistinctCount && !reading.Has(ConceptVocabulary.Money);
        var candidates = signatures.All.Where(s => (s.Shape == shape && BuiltOn(s, one) || countPer && s.Shape == SignatureShape.Share && s.Numerator is { } top && Is(top, one))
            && Published(s.MetricId)).Where(s =>
        {
            var distinct = shape == SignatureShape.Share ? scorer.NumeratorOnly(s.MetricId) : scorer.DenominatorOnly(s.MetricId);
            return distinct.Count > 0 && distinct.Overlaps(reading.Concepts)
                // "refunds … of what customers paid, in percent": the named metric on top, the rest saying what it is a share of.
                || shape == SignatureShape.Share && s.Numerator is { } top && Is(top, one) && scorer.DenominatorOnly(s.MetricId).Overlaps(reading.Concepts);
        }).Select(s => s.MetricId).ToList();
        if (candidates.Count == 0) return ratio ? ShareOfWhole(one) : null;
        var ranked = scorer.Rank(reading.Concepts, candidates);
        if (!(ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Score - ranked[1].Score >= DescribedMetricChooser.Margin))) return null;
        // "预约的客户中买了的比例": a conversion whose window the question does not say is the company's ratio over the same
        // rows (appointments that ended in a purchase), as a window asked of that ratio asks for the conversion.
        var origins = windowSaid ? reading.Concepts.Append(MetricSignature.Window).ToHashSet(StringComparer.Ordinal) : reading.Concepts;
        return scorer.MissesOrigin(ranked[0].MetricId, origins) && ConversionRatios.PlainRatioOf(ranked[0].MetricId, catalog) is { } plain ? [plain] : [ranked[0].MetricId];
    }

    /// <summary>
    /// "毛利占几成", "毛利有几个点", "what share is gross profit": an amount of money asked as a share, the whole unsaid, is the one
    /// published share with that amount on top over money (of sales), as a part of money is a part of the money it came from.
    /// A count asked so ("purchase rate") says no whole of its own kind, so it keeps its name (and is not found).
    /// </summary>
    private IReadOnlyList<string>? ShareOfWhole(MetricSignature one)
    {
        if (one.Shape != SignatureShape.Sum || !one.Subjects.Contains(ConceptVocabulary.Money)) return null;
        var shares = catalog.Signatures.All.Where(s => s.Shape == SignatureShape.Share && Published(s.MetricId) && s.Numerator is { } top && Is(top, one)
            && s.Denominator is { } whole && whole.Shape == SignatureShape.Sum && whole.Subjects.Contains(ConceptVocabulary.Money)).Select(s => s.MetricId).ToList();
        return shares.Count == 1 ? shares : null;
    }

    /// <summary>
    /// A name qualified by a state its metric does not have ("orders got paid", "付款的订单数"): the one published
    /// metric of the same shape and subjects that has that state answers instead (order_count → paid_order_count).
    /// A state the metric's own filters leave out ("取消的订单数", where order counts exclude cancelled orders) is
    /// another question: the metrics built on that state are offered beside the name, never the name answered.
    /// States come from the catalog's definitions (filters and time columns), so a new catalog gets this too.
    /// </summary>
    /// <param name="rows">The phrases read as the rows the named metric is of, states said before them included ("discounts on cancelled orders").</param>
    public ConceptDecision Qualify(IReadOnlyList<string> named, ConceptReading outside, IReadOnlyList<TextSpan>? rows = null)
    {
        if (named.Count != 1 || catalog.Signatures.For(named[0]) is not { } one) return ConceptDecision.None;
        if (one.Shape == SignatureShape.Share && OfOtherSubject(one, outside) is { Verdict: not ConceptVerdict.None } subjectShare) return subjectShare;
        // A share or a per-unit amount of the named metric is the ratio rules' to read ("what share of orders got cancelled").
        if (outside.Has(ConceptVocabulary.Ratio) || outside.Has(ConceptVocabulary.Per) || outside.Has(ConceptVocabulary.Average)) return ConceptDecision.None;
        var states = facts.AnyStates;
        // "how many orders came in": a phrase of money received ("came in", "进账") says how money arrived, not a state of what
        // a count without money counts.
        var moneyless = scorer.ConceptsOf(one.MetricId)?.Contains(ConceptVocabulary.Money) != true;
        var said = outside.Mentions.Where(m => !m.Negated && !(moneyless && m.Concepts.Contains(ConceptVocabulary.Money))).SelectMany(m => m.Concepts);
        var asked = said.Where(c => states.Contains(c) && !one.States.Contains(c) && !one.Subjects.Contains(c)).Distinct().ToArray();
        // "how many completed orders", "bookings that showed up": a state the models list that no published metric nor one of the named one's
        // shape is in asks for rows the catalog does not measure; the named metric (rows in every state) is offered, not
        // answered. (A deprecated sum of completed orders keeps "sales the old way, completed orders only" its own path.)
        // (A rate is over rows it names itself: "refund rate for orders shipped by courier" keeps the rate, the rows named as unread.)
        if (one.Shape is SignatureShape.Count or SignatureShape.DistinctCount or SignatureShape.Sum
            && said.Any(c => facts.RowStates.Contains(c) && !facts.PublishedConcepts.Contains(c) && !facts.SomeMetricCountsIn(c, one.Shape) && !one.States.Contains(c)))
            return new ConceptDecision(ConceptVerdict.NotFound, [one.MetricId]);
        if (asked.Length == 0) return ConceptDecision.None;
        var siblings = catalog.Signatures.All.Where(s => s.MetricId != one.MetricId && s.Shape == one.Shape && Published(s.MetricId)
            && s.Subjects.SequenceEqual(one.Subjects) && asked.All(s.States.Contains)).Select(s => s.MetricId).ToList();
        if (siblings.Count == 1) return ConceptDecision.Answer(siblings[0]);
        // "上个月取消的订单卖了多少件": a count or sum whose filters fix its rows' state (units of paid orders) cannot honour
        // another state of those rows; the metrics built on that state are offered with it, as for a state left out.
        // (Money keeps its own readings of states: variants, old definitions.)
        // "discounts on cancelled orders", "取消订单的优惠金额": an amount of money is held to the state of the rows it is said to be of
        // too, as its own state fixes which rows it sums (paid orders, whatever came after).
        var ofRows = rows is { Count: > 0 } && one.Subjects.Contains(ConceptVocabulary.Money)
            && outside.Mentions.Any(m => !m.Negated && m.Concepts.Any(asked.Contains) && rows.Any(r => r.Start <= m.Span.Start && m.Span.End <= r.End));
        var unhonoured = one.Shape is SignatureShape.Count or SignatureShape.Sum && (!one.Subjects.Contains(ConceptVocabulary.Money) || ofRows) && one.States.Count > 0
            && asked.All(a => facts.RowStates.Contains(a) && facts.PublishedConcepts.Contains(a));
        if (!asked.Any(one.Excluded.Contains) && !unhonoured) return ConceptDecision.None;
        var built = catalog.Signatures.All.Where(s => s.MetricId != one.MetricId && Published(s.MetricId) && asked.All(s.Words.Contains))
            .Select(s => s.MetricId).Take(DescribedMetricChooser.MaxChoices - 1);
        return ConceptDecision.Clarify([.. built, one.MetricId]);
    }

    /// <summary>
    /// "预约到店成交转化率", "appointment booking-to-purchase conversion": a share named beside a thing counted that none of its parts
    /// counts is the share of that thing; the published shares whose own things (those the named share lacks) are all said
    /// answer, one of them, or the plain one of a conversion whose window is unsaid; several are offered with the name.
    /// </summary>
    private ConceptDecision OfOtherSubject(MetricSignature one, ConceptReading outside)
    {
        var said = outside.Mentions.Where(m => !m.Negated).SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);
        var others = said.Where(c => facts.Subjects.Contains(c) && !one.Words.Contains(c) && c != ConceptVocabulary.Money).ToList();
        if (others.Count == 0) return ConceptDecision.None;
        var shares = catalog.Signatures.All.Where(s => s.MetricId != one.MetricId && s.Shape == SignatureShape.Share && Published(s.MetricId)
            && others.All(s.Words.Contains) && s.Words.Where(w => facts.Subjects.Contains(w) && !one.Words.Contains(w)).All(said.Contains)).Select(s => s.MetricId).ToList();
        if (shares.Count == 0) return ConceptDecision.None;
        var plain = shares.Where(id => !scorer.MissesOrigin(id, said)).ToList();
        return plain is [var only] ? ConceptDecision.Answer(only) : ConceptDecision.Clarify([.. shares.Take(DescribedMetricChooser.MaxChoices - 1), one.MetricId]);
    }

    /// <summary>
    /// "GMV after coupons", "sales net of discounts": a word of a definition only one other variant of the family has (net)
    /// names that variant, said of the family's standard metric (a variant named outright, "net GMV", stays itself).
    /// </summary>
    public string? Variant(IReadOnlyList<string> named, ConceptReading outside)
    {
        if (named is not [var id] || catalog.FindMetric(id) is not { Official: true } standard) return null;
        return Variant(standard.Id, outside.Mentions.Where(m => !m.Negated).SelectMany(m => m.Concepts));
    }

    private string? Variant(string named, IEnumerable<string> said)
    {
        if (catalog.FindMetric(named)?.Family is not { } family || scorer.ConceptsOf(named) is not { } own) return null;
        var words = said.Where(c => !ConceptVocabulary.Shapes.Contains(c) && !own.Contains(c)).Distinct().ToList();
        if (words.Count == 0) return null;
        var variants = catalog.Families.Of(family).Where(m => m.IsPublished && m.Id != named && scorer.ConceptsOf(m.Id) is { } theirs && words.All(theirs.Contains)).ToList();
        return variants is [var only] ? only.Id : null;
    }

    private bool Published(string id) => catalog.FindMetric(id) is { IsPublished: true };

    /// <summary>Those of <paramref name="ids"/> that are shares of one count in another (cancellation rate, conversion rate).</summary>
    public IReadOnlyList<string> Shares(IReadOnlyList<string> ids) =>
        [.. ids.Where(id => catalog.Signatures.For(id)?.Shape == SignatureShape.Share)];

    /// <summary>Whether the (normalised) text says one of the metric's names or synonyms, rather than describing it.</summary>
    public bool NamedIn(string metricId, string text) =>
        catalog.FindMetric(metricId) is { } metric && new[] { metric.Name.Zh, metric.Name.En }.Concat(metric.Synonyms)
            .Select(MetricAssistant.Understanding.Text.TextNormalizer.Normalize).Any(n => n.Length >= 2 && text.Contains(n, StringComparison.Ordinal));

    /// <summary>
    /// The ratios among <paramref name="among"/> over <paramref name="denominator"/> (by id, or its measure written inline):
    /// "占全部订单的比例" in reply to cancel rate or orders asks cancelled orders over all orders, not the orders.
    /// </summary>
    public IReadOnlyList<string> RatiosOver(string denominator, IReadOnlyList<string> among) =>
        catalog.Signatures.For(denominator) is not { } over ? []
            : [.. among.Where(id => catalog.Signatures.For(id) is { Shape: SignatureShape.Share, Denominator: { } part } && Is(part, over))];

    /// <summary>A ratio is built on a metric when one of its parts is that metric, or an inline part over the same model and measure.</summary>
    private static bool BuiltOn(MetricSignature ratio, MetricSignature metric) =>
        new[] { ratio.Numerator, ratio.Denominator }.OfType<MetricSignature>().Any(p => Is(p, metric));

    /// <summary>Whether a ratio's part is the metric, by id or as the same measure written inline.</summary>
    private static bool Is(MetricSignature part, MetricSignature metric) =>
        part.MetricId == metric.MetricId || (part.MetricId.Length == 0 && part.Shape == metric.Shape && part.Subjects.SequenceEqual(metric.Subjects.Except(["money", "people"])));
}
