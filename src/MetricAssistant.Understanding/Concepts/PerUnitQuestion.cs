using System.Collections.Concurrent;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A question for an amount per unit ("每单平均几件", "orders per visitor", "average discount per paid order") asks
/// for a ratio: the quantity it asks for (units, a count of a thing, money of a kind) over the thing after its per word.
/// The metric a name or a description chose answers only when its numerator measures that quantity; otherwise the
/// governed ratio of the two answers, and when the catalog has none the question is a measure it lacks: not found,
/// offering the two parts, never the nearest ratio of another quantity (aov for items per order) nor the plain count.
/// Quantities and parts come from the catalog's signatures, so a new catalog gets this without new words.
/// </summary>
public sealed class PerUnitQuestion(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>How many of each part a not-found answer offers at most.</summary>
    private const int PartChoices = 2;

    // Kinds of people, from the vocabulary's broader words.
    private readonly Lazy<HashSet<string>> namedPeople = new(() => vocabulary.Broader
        .Where(b => b.Value.Contains(ConceptVocabulary.People)).Select(b => b.Key).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The decision on <paramref name="chosen"/> (the metrics chosen so far: none, one, or the two parts) for a question read whole:
    /// none to keep it, an answer (the governed ratio), a clarification among several ratios, or not found with the parts.
    /// </summary>
    /// <param name="outside">What the question says besides the names: a ratio named whole, its per word inside its name
    /// ("人均产出": revenue per staff), is not read again as an amount per person.</param>
    public ConceptDecision Decide(IReadOnlyList<string> chosen, ConceptReading whole, ConceptReading? outside = null)
    {
        if (chosen.Count > 2) return ConceptDecision.None;
        if (outside is not null && !outside.Has(ConceptVocabulary.Per) && !outside.Has(ConceptVocabulary.Average)
            && chosen is [var named] && catalog.Signatures.For(named)?.Shape is SignatureShape.AveragePer or SignatureShape.Share) return ConceptDecision.None;
        if (!(whole.Has(ConceptVocabulary.Per) || whole.Has(ConceptVocabulary.Average)) || whole.Has(ConceptVocabulary.Ratio)) return ConceptDecision.None;
        var mentions = whole.Mentions.OrderBy(m => m.Span.Start).ToList();
        if (Unit(mentions) is not { } unit) return chosen.Count == 0 ? Unstated(mentions) : ConceptDecision.None;
        if (Asked(mentions, unit) is not { } asked) return chosen.Count == 1 ? OverNamed(chosen[0], unit, mentions) : ConceptDecision.None;
        if (chosen.Count == 1 && catalog.Signatures.For(chosen[0]) is { Shape: SignatureShape.AveragePer or SignatureShape.Share, Numerator: { } top, Denominator: { } bottom }
            && Measures(top, asked) && Over(bottom, unit.Concepts))
            return ConceptDecision.None;
        // Two names are one per-unit question only when they are its two parts ("每位访客|几笔订单"), not two metrics asked.
        if (chosen.Count == 2 && chosen.Select(catalog.Signatures.For).ToList() is [{ } first, { } second]
            && !(Measures(first, asked) && Over(second, unit.Concepts) || Measures(second, asked) && Over(first, unit.Concepts)))
            return ConceptDecision.None;
        var governed = Matching(ratios.Value, RatioKinds, s => s.Numerator is { } n && Measures(n, asked) && s.Denominator is { } d && Over(d, unit.Concepts)).ToList();
        if (asked.Kind == ConceptVocabulary.Money && WhoseHeadUnsaid(unit, mentions)
            && Matching(ratios.Value, RatioKinds, s => s.Numerator is { } n && Measures(n, asked) && s.Denominator is { } d && OverPeople(d)).ToList() is { Count: > 1 } either)
            return ConceptDecision.Clarify([.. either.Take(DescribedMetricChooser.MaxChoices)]);
        if (governed.Count == 1) return ConceptDecision.Answer(governed[0]);
        if (governed.Count > 1) return ConceptDecision.Clarify([.. governed.Take(DescribedMetricChooser.MaxChoices)]);
        // The catalog governs no such ratio: its two parts are what can be asked instead.
        var parts = Ranked(asked.Concepts, s => Measures(s, asked))
            .Concat(Ranked(unit.Concepts.Append(ConceptVocabulary.Count).ToHashSet(StringComparer.Ordinal),
                s => s.Shape is SignatureShape.Count or SignatureShape.DistinctCount or SignatureShape.PeriodAverage && Over(s, unit.Concepts)))
            .Distinct(StringComparer.Ordinal).ToList();
        return parts.Count == 0 ? ConceptDecision.None : new ConceptDecision(ConceptVerdict.NotFound, parts);
    }

    /// <summary>
    /// "GMV per paid order", "每个付款客户的GMV": the amount asked is the one named (its words are the name's, not the
    /// description's), and the governed ratio of it over the unit answers (aov, arppu). Without one the name stands:
    /// "GMV per store" is a split, the slice reader's, not a measure the catalog lacks.
    /// </summary>
    private ConceptDecision OverNamed(string named, Part unit, List<ConceptMention> mentions)
    {
        if (catalog.Signatures.For(named) is not { Shape: SignatureShape.Sum or SignatureShape.Count or SignatureShape.DistinctCount } one) return ConceptDecision.None;
        var own = Concepts(one);
        // "人均营业额", "revenue per head": takings per head of no one said are the customers' or the staff's.
        if (own.Contains(ConceptVocabulary.Money) && WhoseHeadUnsaid(unit, mentions)
            && Matching(ratios.Value, RatioKinds, s => s.Numerator is { } n && Concepts(n).SetEquals(own) && s.Denominator is { } d && OverPeople(d)).ToList() is { Count: > 1 } either)
            return ConceptDecision.Clarify([.. either.Take(DescribedMetricChooser.MaxChoices)]);
        var governed = Matching(ratios.Value, RatioKinds, s => s.Numerator is { } n && Concepts(n).SetEquals(own) && s.Denominator is { } d && Over(d, unit.Concepts)).ToList();
        return governed.Count == 1 ? ConceptDecision.Answer(governed[0]) : ConceptDecision.None;
    }

    /// <summary>
    /// "上个月平均花了多少钱", "average spend": an average of an amount that names no unit, when the catalog averages that
    /// amount over several units (per order, per paying customer), is asked back among them rather than one guessed.
    /// </summary>
    private ConceptDecision Unstated(List<ConceptMention> mentions)
    {
        // A thing said ("average ticket": an order) is the unit, however it is said.
        if (mentions.Any(m => m.Concepts.Any(c => facts.Counted.Contains(c) && !IsPeople(c)))) return ConceptDecision.None;
        if (Asked(mentions, new Part(new HashSet<string>(StringComparer.Ordinal), [])) is not { Kind: ConceptVocabulary.Money } asked) return ConceptDecision.None;
        var per = Matching(ratios.Value, RatioKinds, s => s.Shape == SignatureShape.AveragePer && s.Numerator is { } n && Measures(n, asked)).ToList();
        if (per.Count < 2) return ConceptDecision.None;
        var said = mentions.SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);
        // Ranked by profile (a large catalog's copies once), as the parts are.
        return ConceptDecision.Clarify([.. scorer.Rank(said, id => catalog.Signatures.For(id) is { Shape: SignatureShape.AveragePer, Numerator: { } n } && Measures(n, asked),
                sharing: true, limit: DescribedMetricChooser.MaxChoices).Select(r => r.MetricId)
            .Concat(per).Distinct(StringComparer.Ordinal).Take(DescribedMetricChooser.MaxChoices)]);
    }

    /// <summary>
    /// What the amount is per: the things of the per word's own phrase ("平均一单", "每个员工") and of the phrases right
    /// after it ("每个|访客", "each|paying|customer", "per|paid|order"). A per word before a time ("平均每天") names no thing.
    /// </summary>
    private Part? Unit(List<ConceptMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!mentions[i].Concepts.Contains(ConceptVocabulary.Per)) continue;
            var concepts = new HashSet<string>(mentions[i].Concepts.Where(c => !ConceptVocabulary.Shapes.Contains(c)), StringComparer.Ordinal);
            var spans = new List<TextSpan> { mentions[i].Span };
            var end = mentions[i].Span.End;
            // Up to the first thing counted: "each paying customer | placed" stops at the customer.
            var k = i + 1;
            for (; k < mentions.Count && mentions[k].Span.Start - end <= 1 && mentions[k].Concepts.Count > 0
                && !mentions[k].Concepts.Any(ConceptVocabulary.Shapes.Contains) && !concepts.Any(IsThing); k++)
            {
                concepts.UnionWith(mentions[k].Concepts);
                spans.Add(mentions[k].Span);
                end = mentions[k].Span.End;
            }
            // "每位买了单的顾客": what people did, said before them (a measure word and 的 between), qualifies them; they are the unit, not the order of their clause.
            // ("平均每单顾客花多少": a thing of the per word's own phrase is the unit, whoever comes after.)
            if (k > i + 1 && !mentions[i].Concepts.Any(IsThing) && k < mentions.Count && mentions[k].Span.Start - end <= 2 && !concepts.Any(IsPeople) && mentions[k].Concepts.Any(IsPeople)
                && !mentions[k].Concepts.Any(ConceptVocabulary.Shapes.Contains))
            {
                concepts.RemoveWhere(IsThing);
                concepts.UnionWith(mentions[k].Concepts);
                spans.Add(mentions[k].Span);
            }
            concepts.Remove(ConceptVocabulary.Money);
            // "revenue per head of store staff", "员工人均销售额": a head of no one said is the one kind of people said elsewhere.
            if (concepts.Count == 1 && concepts.Contains(ConceptVocabulary.People)
                && mentions.Where((m, j) => j != i && !spans.Contains(m.Span) && !m.Concepts.Any(ConceptVocabulary.Shapes.Contains) && m.Concepts.Any(c => c != ConceptVocabulary.People && IsPeople(c))).ToList() is [var people])
            {
                concepts = new HashSet<string>(people.Concepts.Where(IsPeople), StringComparer.Ordinal);
                spans.Add(people.Span);
            }
            if (concepts.Count > 0) return new Part(concepts, spans);
        }
        return null;
    }

    /// <summary>
    /// The quantity asked for, outside the unit's phrases: units ("几件"), a count of a thing ("几单", "how many orders"),
    /// or money of a kind ("优惠多少钱": money with what tells it apart). Null when the question asks none of them.
    /// </summary>
    private Quantity? Asked(List<ConceptMention> mentions, Part unit)
    {
        var rest = mentions.Where(m => !unit.Spans.Contains(m.Span)).ToList();
        var said = rest.SelectMany(m => m.Concepts).Where(c => !ConceptVocabulary.Shapes.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (said.Contains(ConceptVocabulary.Quantity)) return new Quantity(ConceptVocabulary.Quantity, new HashSet<string>(StringComparer.Ordinal) { ConceptVocabulary.Quantity });
        for (var i = 0; i < rest.Count; i++)
        {
            if (!rest[i].Concepts.Contains(ConceptVocabulary.Count)) continue;
            var things = rest[i].Concepts.Where(c => !ConceptVocabulary.Shapes.Contains(c) && c != ConceptVocabulary.Times).ToHashSet(StringComparer.Ordinal);
            if (things.Count == 0 && i + 1 < rest.Count && rest[i + 1].Span.Start - rest[i].Span.End <= 1) things.UnionWith(rest[i + 1].Concepts.Where(c => !ConceptVocabulary.Shapes.Contains(c)));
            things.ExceptWith(unit.Concepts);
            things.Remove(ConceptVocabulary.Money);
            // What is counted, not in which state: "下了多少单" per visitor is the orders of the conversion, paid or placed.
            things.ExceptWith(facts.UncountedStates);
            if (things.Count > 0) return new Quantity(ConceptVocabulary.Count, things);
        }
        // No count word and no money: the things named are what is counted ("paid orders per visitor").
        if (!said.Contains(ConceptVocabulary.Money) && said.Where(c => facts.Counted.Contains(c) && !unit.Concepts.Contains(c) && !IsPeople(c)).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } named)
            return new Quantity(ConceptVocabulary.Count, named);
        // Money of a kind ("优惠多少钱", "average discount": discounts), whoever pays it: people say who, not what is summed.
        var kinds = said.Where(c => !unit.Concepts.Contains(c) && !IsPeople(c) && facts.OfMoney.Contains(c)).ToHashSet(StringComparer.Ordinal);
        kinds.Add(ConceptVocabulary.Money);
        var asked = new Quantity(ConceptVocabulary.Money, kinds);
        return said.Contains(ConceptVocabulary.Money) || kinds.Count > 1 && PlainKinds.Any(k => k.Sample.Shape == SignatureShape.Sum && Measures(k.Sample, asked))
            ? asked : null;
    }

    /// <summary>Whether a numerator (or a plain metric) measures the asked quantity: units, a count of the thing, money of the kind.</summary>
    private bool Measures(MetricSignature part, Quantity asked)
    {
        var own = Concepts(part);
        return asked.Kind switch
        {
            ConceptVocabulary.Quantity => own.Contains(ConceptVocabulary.Quantity),
            ConceptVocabulary.Count => part.Shape is SignatureShape.Count or SignatureShape.DistinctCount && !own.Contains(ConceptVocabulary.Money) && asked.Concepts.All(own.Contains),
            _ => asked.Concepts.All(own.Contains),
        };
    }

    /// <summary>Whether a denominator (or a count) is of the unit: it has the unit's things; a bare person is one the vocabulary says it means (a customer).</summary>
    private bool Over(MetricSignature part, IReadOnlySet<string> unit)
    {
        var own = Concepts(part);
        if (!unit.All(own.Contains)) return false;
        // A unit is counted: an amount of money is no unit, and people are counted only when the unit is people.
        if (own.Contains(ConceptVocabulary.Money) || own.Any(IsPeople) != unit.Any(IsPeople)) return false;
        return !(unit.Count == 1 && unit.Contains(ConceptVocabulary.People)) || !own.Any(c => namedPeople.Value.Contains(c) && !vocabulary.PerPerson.Contains(c));
    }

    // Words of money only a buyer moves: "人均消费", "spend per head", "每人花了多少" are the customers'; takings (营业额, revenue, sales) are no one's in particular.
    private static readonly string[] SpendingWords = ["花", "消费", "买", "付", "spend", "spent", "spending", "pay", "paid", "bought", "buy"];

    /// <summary>
    /// Whether the unit is a head of no one said (人均, "per head", "per capita") and nothing says the money is spent or paid:
    /// then customers and staff are both heads money is counted per;
    /// "revenue per head of store staff", "每个店员人均": people of a kind said anywhere say whose heads.
    /// </summary>
    private bool WhoseHeadUnsaid(Part unit, List<ConceptMention> mentions) =>
        unit.Concepts.Count == 1 && unit.Concepts.Contains(ConceptVocabulary.People)
        && !mentions.Any(m => m.Concepts.Contains("paid") || m.Concepts.Any(c => c != ConceptVocabulary.People && IsPeople(c))
            || SpendingWords.Any(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether a denominator counts people of any kind (customers, staff), and no money.</summary>
    private bool OverPeople(MetricSignature part) => Concepts(part) is var own && !own.Contains(ConceptVocabulary.Money) && own.Any(IsPeople);

    /// <summary>Whether a concept is something counted (an order, a customer), not a state of it (paid).</summary>
    private bool IsThing(string concept) => !facts.UncountedStates.Contains(concept) && !ConceptVocabulary.Shapes.Contains(concept);

    private bool IsPeople(string concept) => concept == ConceptVocabulary.People || namedPeople.Value.Contains(concept);

    // A published metric's concepts are its scoring profile's (shared by metrics of one profile: a large catalog's copies
    // make no sets of their own); an inline part's are worked out once.
    private readonly ConcurrentDictionary<MetricSignature, IReadOnlySet<string>> inline = new(ReferenceEqualityComparer.Instance);

    // The published ratios and per-unit amounts, and the other published metrics: gathered once, not per question.
    private readonly Lazy<MetricSignature[]> ratios = new(() => [.. catalog.Signatures.All.Where(s => s.Shape is SignatureShape.AveragePer or SignatureShape.Share
        && catalog.FindMetric(s.MetricId) is { IsPublished: true })]);
    private readonly Lazy<MetricSignature[]> plain = new(() => [.. catalog.Signatures.All.Where(s => s.Shape is not (SignatureShape.AveragePer or SignatureShape.Share)
        && catalog.FindMetric(s.MetricId) is { IsPublished: true })]);

    // The same metrics by kind: what Measures and Over read of a signature (its shapes and its parts' concepts) is its
    // kind's, so a question tests each kind once, not each of a large catalog's metrics (100k metrics, a few hundred kinds).
    private Kind[]? ratioKinds, plainKinds;

    private Kind[] RatioKinds => LazyInitializer.EnsureInitialized(ref ratioKinds, () => KindsOf(ratios.Value));

    private Kind[] PlainKinds => LazyInitializer.EnsureInitialized(ref plainKinds, () => KindsOf(plain.Value));

    /// <summary>The metrics of the kinds <paramref name="keep"/> keeps, in the catalog's order (members are indexes into <paramref name="signatures"/>).</summary>
    private static IEnumerable<string> Matching(MetricSignature[] signatures, Kind[] kinds, Func<MetricSignature, bool> keep) =>
        kinds.Where(k => keep(k.Sample)).SelectMany(k => k.Members).Order().Select(i => signatures[i].MetricId);

    private Kind[] KindsOf(MetricSignature[] signatures) =>
        [.. Enumerable.Range(0, signatures.Length).GroupBy(i => KeyOf(signatures[i]), StringComparer.Ordinal)
            .Select(g => new Kind(signatures[g.First()], [.. g]))];

    private string KeyOf(MetricSignature s) => $"{s.Shape}|{PartKey(s)}|{PartKey(s.Numerator)}|{PartKey(s.Denominator)}";

    private string PartKey(MetricSignature? part) =>
        part is null ? "-" : $"{part.Shape}:{string.Join(',', Concepts(part).Order(StringComparer.Ordinal))}";

    /// <summary>A kind of signature: the first of its members (indexes into the list it was made from) stands for all.</summary>
    private sealed record Kind(MetricSignature Sample, int[] Members);

    private IReadOnlySet<string> Concepts(MetricSignature part) =>
        part.MetricId.Length > 0 && scorer.ConceptsOf(part.MetricId) is { } profiled ? profiled
        : inline.GetOrAdd(part, p => p.Words.Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal));

    /// <summary>The published metrics <paramref name="keep"/> keeps, best first for <paramref name="concepts"/>, at most <see cref="PartChoices"/>.</summary>
    private IEnumerable<string> Ranked(IReadOnlySet<string> concepts, Func<MetricSignature, bool> keep) =>
        scorer.Rank(concepts, id => catalog.Signatures.For(id) is { Shape: not (SignatureShape.AveragePer or SignatureShape.Share) } s && keep(s), sharing: true, limit: PartChoices)
            .Select(r => r.MetricId);


    private sealed record Part(IReadOnlySet<string> Concepts, IReadOnlyList<TextSpan> Spans);

    private sealed record Quantity(string Kind, IReadOnlySet<string> Concepts);
}
