using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The metric a question describes, as one signal beside the catalog's names. Precedence (README,
/// "Understanding by description"):
/// <list type="number">
/// <item>A catalog name or synonym wins. Two exceptions, both read from the catalog's ratio definitions:
/// two named metrics joined by a ratio word are the ratio of one to the other ("refunds as a percentage of
/// revenue" → refund_rate); one named count or sum with a ratio (or per) word is the ratio built on it
/// whose own part the question also describes ("取消的订单占多少" → cancel_rate).</item>
/// <item>A glossary word with several meanings: the rest of the question may settle it when its concepts
/// clearly fit one of them ("order value before coupons" → gmv_ordered); otherwise the asker chooses.</item>
/// <item>No name at all: a strong match clearly ahead of the next answers; two close, or a weak best,
/// is a clarification with the nearest (never not found when a governed metric is a plausible reading).
/// A ratio word only reads as a ratio whose own part (numerator) the question also describes.</item>
/// </list>
/// </summary>
/// <param name="facts">What the catalog's signatures say as a whole (states, subjects, what is counted), walked once for all the readings.</param>
public sealed class DescribedMetricChooser(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>The scorer of metric signatures, for readers that reason about a metric's concepts.</summary>
    public ConceptScorer Scorer => scorer;

    /// <summary>
    /// "count(*) for last week", "what was the count?": a count of nothing named is one of the catalog's published counts of
    /// rows, those of <paramref name="headline"/> first (in its order), the rest in catalog order.
    /// </summary>
    public IReadOnlyList<string> RowCounts(IReadOnlyList<string> headline) =>
        [.. catalog.Metrics.Values.Where(m => m.IsPublished && catalog.Signatures.For(m.Id)?.Shape == SignatureShape.Count)
            .Select(m => m.Id).OrderBy(id => headline.Contains(id) ? headline.ToList().IndexOf(id) : headline.Count)];

    public DescribedMetricChooser(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary)
        : this(catalog, scorer, vocabulary, new CatalogSignatureFacts(catalog, vocabulary))
    {
    }

    private readonly DescriptionDecision description = new(catalog, scorer, vocabulary, facts);

    /// <summary>The quantity a question asks for (money, a count of a thing, people), on the same scores.</summary>
    public AskedHead Heads => description.Heads;

    /// <summary>What the rest of a question makes of the metric it names: a ratio, a sibling in the state asked, ratios over it.</summary>
    public NameRefinements Names { get; } = new(catalog, scorer, facts);

    /// <summary>The quantity asked of the rows a count names ("coupons used on paid orders"), on the same description.</summary>
    public RowsOfAskedQuantity RowsOf => new(catalog, scorer, reading => Describe(reading));

    /// <summary>The share a quantity converted into another asks for ("converting visitors into buyers").</summary>
    public ConvertedInto Converted { get; } = new(catalog, scorer);

    /// <summary>The reading of what a question says did not happen, on the same scores.</summary>
    public NegatedStates Negated { get; } = new(catalog, scorer, vocabulary, facts);

    /// <summary>The reading of what a question counts in ("取消的也算"), on the same scores.</summary>
    public IncludedStates Included { get; } = new(catalog, scorer, vocabulary);

    /// <summary>The reading of a subject asked about in general, on the same scores.</summary>
    public OverviewQuestion Overview { get; } = new(catalog, scorer, vocabulary, facts);

    /// <summary>The reading of a question's words of how it is measured, in units or money ("按件数算", "by value").</summary>
    public MeasuredInWords MeasuredIn { get; } = new(catalog, scorer, vocabulary);

    /// <summary>The reading of a running total named only by what it counts, over a period.</summary>
    public RunningTotalOverPeriod RunningTotal { get; } = new(catalog, vocabulary);

    /// <summary>The reading of customers said with a verb of coming in, on the same scores.</summary>
    public VisitingCustomers Visiting { get; } = new(catalog, scorer);

    /// <summary>The reading of a share lost of nothing named, on the same scores.</summary>
    public LossShare Loss { get; } = new(catalog, scorer);

    /// <summary>The reading of a reply to a clarification among the options it offered, on the same scores.</summary>
    public OfferedOptions Options { get; } = new(scorer, vocabulary);

    /// <summary>The reading of an amount per unit, on the same scores.</summary>
    public PerUnitQuestion PerUnit { get; } = new(catalog, scorer, vocabulary, facts);

    /// <summary>The reading of a measure the catalog lacks ("repeat buyers", "房租"), on the same scores.</summary>
    public UngovernedMeasure Ungoverned { get; } = new(scorer, vocabulary, facts);

    /// <summary>A best score at or above this, <see cref="Margin"/> ahead of the next, is an answer.</summary>
    public const double Strong = 1.5;

    /// <summary>How far ahead of the next the best must be to answer without asking.</summary>
    public const double Margin = 0.6;

    /// <summary>A best score at or above this is a plausible reading: offered in a clarification, never "not found".</summary>
    public const double Plausible = 0.4;

    /// <summary>The candidates a clarification offers at most.</summary>
    public const int MaxChoices = 5;

    /// <summary>
    /// Rule 1's third exception: the quantity asked for decides. A question that asks for money while the
    /// metric it names counts something ("订单…的金额", "退还给客人的钱") asks for that money; one that asks how
    /// many of something (a count with what is counted: "多少单", "几个人", "多少件", "单子多少") while the name it uses is
    /// a sum of money ("卖了多少单", where "卖了多少" names GMV) asks for that count. Then the whole question, the
    /// name's words included, is read by description, and a clear metric of the asked quantity replaces the name.
    /// </summary>
    /// <param name="names">Where the question names metrics: a count phrase wholly inside a name is part of it.</param>
    /// <returns>An answer (the metric replacing the names), a clarification among metrics of the asked quantity when
    /// the description is not clear (never the name of another quantity answered confidently), or none to keep the names.</returns>
    /// <param name="asNamed">The metrics are the ones the question's names name, not a definition read from them (a variant left
    /// after others are ruled out, a difference): only then is a kind of money said beside them another metric.</param>
    /// <param name="rows">Names said only as the rows another covers ("only paid orders count"): a count phrase inside one asks nothing.</param>
    public ConceptDecision Redecide(IReadOnlyList<string> named, ConceptReading outside, IReadOnlyList<TextSpan> names, Func<ConceptReading> whole, bool asNamed = true,
        IReadOnlyList<TextSpan>? rows = null)
    {
        if (named.Count is 0 or > 2) return ConceptDecision.None;
        var owns = named.Select(scorer.ConceptsOf).ToList();
        if (owns.Any(o => o is null)) return ConceptDecision.None;
        string asked;
        ConceptReading reading;
        // "how many orders came in": a count word right before the name counts what the name counts; a money word after it
        // ("came in", "进了") says how they arrived.
        var countsTheName = outside.Mentions.Any(m => m.Concepts.Contains(ConceptVocabulary.Count)
            && names.Any(n => n.Start >= m.Span.End && n.Start - m.Span.End <= 1));
        if (named.Count == 1 && outside.Has(ConceptVocabulary.Money) && !owns[0]!.Contains(ConceptVocabulary.Money) && !countsTheName)
        {
            asked = ConceptVocabulary.Money;
            reading = whole();
        }
        // "收入减掉进货成本", "revenue minus cost of goods": a kind of money the named amount is not (profit) is what is asked;
        // one its own family has ("GMV after coupons") names a variant (NameRefinements.Variant, NegatedVariants).
        else if (asNamed && named.Count == 1 && owns[0]!.Contains(ConceptVocabulary.Money) && !outside.Has(ConceptVocabulary.Ratio) && !outside.Has(ConceptVocabulary.Per)
            && !outside.Has(ConceptVocabulary.Average) && WithFamilies(named).Select(scorer.ConceptsOf).OfType<IReadOnlySet<string>>().SelectMany(c => c).ToHashSet(StringComparer.Ordinal) is var family
            && !outside.Mentions.SelectMany(m => m.Concepts).Any(c => family.Contains(c) && !owns[0]!.Contains(c))
            // "refunds on paid orders": the state of the rows the amount is of says which rows, not another kind of money.
            && outside.Mentions.Where(m => !m.Negated && !m.Concepts.Any(family.Contains) && !InRows(m.Span, rows)).SelectMany(m => m.Concepts)
                .FirstOrDefault(c => facts.OfMoney.Contains(c) && !facts.Counted.Contains(c) && !ConceptVocabulary.Shapes.Contains(c) && c != ConceptVocabulary.Money) is { } kind)
        {
            asked = kind;
            reading = whole();
        }
        else
        {
            if (outside.Has(ConceptVocabulary.Ratio) || outside.Has(ConceptVocabulary.Per) || outside.Has(ConceptVocabulary.Average)) return ConceptDecision.None;
            reading = whole();
            // Two names are one question only when the count phrase runs across them: "卖了多少|个订单".
            var head = Heads.CountedHeads(reading)
                .Where(h => !names.Concat(rows ?? []).Any(n => n.Start <= h.Span.Start && h.Span.End <= n.End))
                .Where(h => named.Count == 1 || names.Any(n => Straddles(h.Span, n)))
                // "成交额有多少": a count word right after the one name asks that metric's value; "卖了多少单" counts orders.
                .Where(h => named.Count != 1 || !names.Any(n => h.Span.Start >= n.Start && h.Span.Start - n.End <= 1
                    && !reading.Mentions.Any(m => m.Span.End > n.End && m.Span.End <= h.Span.End && m.Concepts.Any(facts.Subjects.Contains))))
                // "how many people paid for an order": people counted are asked, not the orders the name counts.
                .Select(h => Heads.Counts(h, reading)).FirstOrDefault(c => owns.Any(o => !o!.Contains(c)));
            if (head is null) return ConceptDecision.None;
            asked = head;
        }
        var decision = OfQuantity(Describe(reading), asked);
        // "GMV last month, and how many paying customers": the count phrase is one name's own; both names are asked.
        return named.Count == 2 && decision.Verdict == ConceptVerdict.Answer && named.Contains(decision.Metrics[0]) ? ConceptDecision.None : decision;
    }

    // Inside the rows' phrase ("paid orders", "已支付订单", "付了款的订单": the states said before the name are the phrase's).
    private static bool InRows(TextSpan span, IReadOnlyList<TextSpan>? rows) => rows?.Any(r => r.Start <= span.Start && span.End <= r.End) == true;

    /// <summary>
    /// Rule 1's exceptions, when no ratio is built on the one metric named: "what share of item revenue did we keep after
    /// product cost" names revenue (GMV), and the ratio the whole question describes (gross margin) answers when the words
    /// besides the name describe its own part (kept after cost: profit) and it is a share of the same quantity (money of money).
    /// Null keeps the name: "what share of GMV came from Tmall" describes no ratio's own part.
    /// </summary>
    public string? RatioOfNamed(IReadOnlyList<string> named, ConceptReading outside, Func<ConceptReading> whole)
    {
        if (named is not [var one] || !outside.Has(ConceptVocabulary.Ratio) || scorer.ConceptsOf(one) is not { } own
            || catalog.Signatures.For(one)?.Shape is null or SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived) return null;
        if (Describe(whole()) is not { Verdict: ConceptVerdict.Answer, Metrics: [var ratio] }
            || catalog.Signatures.For(ratio) is not { Shape: SignatureShape.Share, Denominator.MetricId: { Length: > 0 } below }
            || scorer.ConceptsOf(below) is not { } under) return null;
        return scorer.NumeratorOnly(ratio).Overlaps(outside.Concepts) && own.Contains(ConceptVocabulary.Money) == under.Contains(ConceptVocabulary.Money) ? ratio : null;
    }

    /// <summary>A description's decision kept to the metrics of the asked quantity: answered, offered, or none.</summary>
    private ConceptDecision OfQuantity(ConceptDecision decision, string asked)
    {
        if (decision.Verdict == ConceptVerdict.NotFound) return decision;
        var ofAsked = decision.Metrics.Where(m => scorer.ConceptsOf(m)?.Contains(asked) == true).ToArray();
        return ofAsked.Length == 0 ? ConceptDecision.None
            : decision.Verdict == ConceptVerdict.Answer ? ConceptDecision.Answer(ofAsked[0])
            : ConceptDecision.Clarify(ofAsked);
    }

    /// <summary>
    /// The asked-quantity rule for a glossary word: a word whose meanings all count people or things ("customers",
    /// 客户) in a question that asks for money ("how much money did customers pay us") only qualifies the money
    /// asked for. The whole question is read by description among metrics of money; not clear, the asker chooses
    /// among those, never among counts of the word. So for a question counting events (多少次): a word whose meanings all
    /// count people says who did them.
    /// </summary>
    public ConceptDecision Reask(IReadOnlyList<string> ambiguous, ConceptReading outside, Func<ConceptReading> whole)
    {
        // "顾客付了多少次款": a word for people in a question counting events is who did them; the events are read by description.
        if (outside.Has(ConceptVocabulary.Times) && !outside.Has(ConceptVocabulary.Money) && !outside.Has(ConceptVocabulary.Ratio)
            && ambiguous.All(id => scorer.ConceptsOf(id)?.Contains(ConceptVocabulary.People) == true))
            return OfQuantity(Describe(whole()), ConceptVocabulary.Count);
        // "how much did customers pay": the phrase asking for money holds the word itself, so it is read whole.
        if (!(outside.Has(ConceptVocabulary.Money) || whole().Has(ConceptVocabulary.Money)) || outside.Has(ConceptVocabulary.Ratio) || outside.Has(ConceptVocabulary.Per) || outside.Has(ConceptVocabulary.Average))
            return ConceptDecision.None;
        if (ambiguous.Any(id => scorer.ConceptsOf(id) is not { } own || own.Contains(ConceptVocabulary.Money))) return ConceptDecision.None;
        return OfQuantity(Describe(whole()), ConceptVocabulary.Money);
    }

    /// <summary>True when a phrase begins inside a name and ends past it, or ends inside it having begun before.</summary>
    private static bool Straddles(TextSpan phrase, TextSpan name) =>
        (phrase.Start > name.Start && phrase.Start < name.End && phrase.End > name.End)
        || (phrase.Start < name.Start && phrase.End > name.Start && phrase.End < name.End);

    /// <summary>
    /// Whether the rest of the question says a subject none of a glossary word's meanings has ("预约的客户": appointments,
    /// where 客户 means paying, new or total members): the word is then who the question is about, not what it asks,
    /// and the whole question is read by description instead of being settled among the word's meanings.
    /// </summary>
    public bool SaysOtherSubject(IReadOnlyList<string> ambiguous, IReadOnlySet<string> rest)
    {
        var among = WithFamilies(ambiguous);
        return rest.Any(c => facts.Counted.Contains(c) && among.All(id => scorer.ConceptsOf(id) is { } own && !own.Contains(c)));
    }

    /// <summary>A glossary word's meanings and the published metrics of their families.</summary>
    private IReadOnlyList<string> WithFamilies(IReadOnlyList<string> ambiguous)
    {
        var families = ambiguous.Select(id => catalog.FindMetric(id)?.Family).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return families.Count == 0 ? ambiguous
            : [.. ambiguous.Concat(families.SelectMany(catalog.Families.Of).Where(m => m.IsPublished).Select(m => m.Id)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Rule 2: among a glossary word's meanings, the one the rest of the question clearly describes, if any.</summary>
    public string? Settle(IReadOnlyList<string> ambiguous, IReadOnlySet<string> rest)
    {
        if (rest.Count == 0 || SaysOtherSubject(ambiguous, rest)) return null;
        // "扣掉优惠券、去掉取消单以后的订单金额": a word unclear between variants of one family is settled among the
        // whole family, so the description can name the variant the word itself does not list.
        var among = WithFamilies(ambiguous);
        // What every meaning of the word has in common ("customers": customer, people) the word itself said.
        var common = ambiguous.Select(scorer.ConceptsOf).OfType<IReadOnlySet<string>>().Aggregate((IEnumerable<string>?)null, (acc, c) => acc is null ? c : acc.Intersect(c));
        // Only beside a word that tells the meanings apart ("paid"): a bare count ("客户数有多少") is still asked back.
        var telling = common is not null && rest.Any(c => !ConceptVocabulary.Shapes.Contains(c) && !common.Contains(c));
        var said = telling ? rest.Union(common!).ToHashSet(StringComparer.Ordinal) : rest;
        var ranked = scorer.Rank(said, among);
        if (ranked.Count == 0 || ranked[0].Score < 1.0) return null;
        // "下单转化": meanings that are all shares of something the question never names (visitors, appointments) are not told
        // apart by what the share counts; asked back.
        if (ambiguous.All(id => scorer.Base(id) is { Count: > 0 } of && !of.Any(rest.Contains))) return null;
        return ranked.Count == 1 || ranked[0].Score - ranked[1].Score >= Margin ? ranked[0].MetricId : null;
    }

    /// <summary>Rule 3: a question that names no metric, read by what it describes (<see cref="DescriptionDecision"/>).</summary>
    /// <param name="nothingElse">The question says nothing this reading and the other readers did not take: only then is a
    /// bare rate word ("the rate last week") a near miss among the rates; "click-through rate" names a rate the catalog lacks.</param>
    /// <param name="endAsked">The question asks for a period's end (月末, "at the end of"): only then is a snapshot of the end the plain reading.</param>
    /// <param name="windowSaid">The question says a window ("7天内", "within 14 days"): a conversion's window is said.</param>
    public ConceptDecision Describe(ConceptReading reading, bool nothingElse = false, bool endAsked = false, bool windowSaid = false) =>
        description.Describe(reading, nothingElse, endAsked, windowSaid);
}
