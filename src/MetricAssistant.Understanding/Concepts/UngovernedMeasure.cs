using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A concept that names a measure of its own (concepts.json "measure": repeat purchases, operating expenses) changes the
/// figure asked whatever else a question says: "how many shoppers came back to buy again" is no count of paying customers,
/// "房租花了多少" no GMV of the stores. When no published metric has the concept, the question asks for a measure the
/// catalog lacks: not found, offering what the rest of the question describes, never that answered with a notice. A
/// catalog that governs such a measure has the concept in its definitions, and its questions are read as any other.
/// </summary>
public sealed class UngovernedMeasure(ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>How many nearest metrics a not-found answer offers at most.</summary>
    private const int NearestChoices = 3;

    /// <summary>How many metrics of a subject are ranked for the nearest at most.</summary>
    private const int RankedAtMost = 500;

    /// <summary>
    /// The words of a measure the catalog lacks and the nearest metrics (the ones named first, then those the rest of the
    /// question describes), or null when the question asks for none.
    /// </summary>
    /// <param name="whole">The question read whole, names' words included.</param>
    /// <param name="named">The metrics the question names, if any.</param>
    /// <summary>
    /// Whether the lacking measure is asked in a clause of its own beside the named metrics ("金卡会员的人均消费，顺便看看复购率",
    /// "GMV last month, and the repeat rate"): a second question, so the first is answered and the second named as not in
    /// the catalog, where a measure qualifying a name ("shoppers who came back") changes the figure asked.
    /// </summary>
    public static bool InOwnClause(string text, TextSpan lacking, IEnumerable<TextSpan> names) =>
        names.Any() && names.All(n => Between(text, n, lacking).IndexOfAny(ClauseBreaks) >= 0);

    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '。', '、'];

    private static ReadOnlySpan<char> Between(string text, TextSpan a, TextSpan b) =>
        a.End <= b.Start ? text.AsSpan(a.End, b.Start - a.End) : b.End <= a.Start ? text.AsSpan(b.End, a.Start - b.End) : [];

    /// <param name="nameSaid">The question says a metric's name (even one not chosen yet): its units are that metric's.</param>
    public UngovernedAsk? Find(ConceptReading whole, IReadOnlyList<string> named, bool nameSaid = false)
    {
        var lacking = whole.Mentions.FirstOrDefault(m => !m.Negated && m.Concepts.Any(c => vocabulary.OwnMeasures.Contains(c) && !scorer.Having([c]).Any()));
        if (lacking is not null) return new UngovernedAsk(lacking.Text, lacking.Span, Nearest(whole, named) is { Length: > 0 } nearest ? nearest : OfHead(lacking.Text));
        if (nameSaid || UncountedUnits(whole, named) is not { } units) return null;
        // The units the catalog counts, then the subject's own metrics: what comes nearest either way.
        // Ranked where there are few; a large catalog (thousands of metrics of a subject) offers the first few, not walked per question.
        string[] Best(string concept) => scorer.Having([concept]).Take(RankedAtMost + 1).ToList() is { Count: <= RankedAtMost } few
            ? [.. scorer.Rank(new HashSet<string>(StringComparer.Ordinal) { concept }, few, limit: NearestChoices).Select(r => r.MetricId)]
            : [.. scorer.Having([concept]).Take(NearestChoices)];
        var subject = units.Concepts.First(c => scorer.Having([c]).Any());
        return new UngovernedAsk(units.Text, units.Span, [.. Best(ConceptVocabulary.Quantity).Take(1).Concat(Best(subject)).Distinct(StringComparer.Ordinal).Take(NearestChoices)]);
    }

    /// <summary>
    /// "退货了多少件", "how many items came back as returns, units not money": units of a subject whose metrics are all money or
    /// shares (refunds) are a measure of their own, which no metric has; never that subject's amount nor the units sold.
    /// </summary>
    private ConceptMention? UncountedUnits(ConceptReading whole, IReadOnlyList<string> named)
    {
        // A question naming a metric asks it ("Member bags net units sold"); only units described alone are read here.
        if (!whole.Has(ConceptVocabulary.Quantity) || named.Count > 0) return null;
        bool Named(string concept) => named.Any(id => scorer.ConceptsOf(id)?.Contains(concept) == true);
        // "earn on items sold after product cost": units said by a metric's own name (units sold) are that metric's.
        if (Named(ConceptVocabulary.Quantity)) return null;
        // Things, not people: "how many items did customers send back" counts items, whoever sent them.
        // Money is what is summed, not a thing sent back ("earn on items sold"); a calendar word ("monthly") is no thing at all:
        // only what some metric counts or sums money of.
        return whole.Mentions.FirstOrDefault(m => !m.Negated && !m.Concepts.Contains(ConceptVocabulary.Quantity) && m.Concepts.Any(uncounted.Value.Contains));
    }

    // The things whose metrics never count their units (refunds), gathered once per catalog: a large catalog (100k metrics)
    // is not walked per question.
    private readonly Lazy<HashSet<string>> uncounted = new(() => facts.Subjects.Select(vocabulary.ConceptOf)
        .Where(c => c != ConceptVocabulary.People && c != ConceptVocabulary.Money && !vocabulary.Broader.ContainsKey(c)
            && (facts.Counted.Contains(c) || facts.OfMoney.Contains(c))
            && scorer.Having([c]).Any() && !scorer.Having([c, ConceptVocabulary.Quantity]).Any())
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// A rate or cost of something no reader took ("跳出率", "bounce rate", "IT costs"; <see cref="UnreadQualifier"/>), or null.
    /// </summary>
    /// <param name="text">The normalised question.</param>
    /// <param name="terms">Where the catalog-term reader took words.</param>
    /// <param name="read">Where the other readers took words (times, end words); the concept phrases come from <paramref name="whole"/>.</param>
    public UngovernedAsk? FindUnread(string text, ConceptReading whole, IReadOnlyList<string> named, IReadOnlyList<TextSpan> terms, IEnumerable<TextSpan> read)
    {
        if (UnreadQualifier.Find(text, vocabulary.Heads, terms, [.. read.Concat(whole.Consumed)], FillerWords.Default) is not { } unread) return null;
        // The head's own phrase says what kind of figure, not of what: "成本" is no relation to gross profit.
        var rest = new ConceptReading([.. whole.Mentions.Where(m => m.Span.Start >= unread.Span.End || m.Span.End <= unread.Span.Start)]);
        return new UngovernedAsk(unread.Words, unread.Span, Nearest(rest, named));
    }

    /// <summary>
    /// The metrics named first, then those sharing a subject (orders, items, refunds, customers) with the rest of the question: a
    /// shape ("平均多久发货": an average), money or a state ("how much did we pay in delivery fees") relates no metric to what is asked.
    /// </summary>
    /// <summary>
    /// "net margin", "营业利润": with nothing else said, the nearest are the metrics of the measure's head (margin, 利润), the words
    /// left when its qualifier is taken off.
    /// </summary>
    private string[] OfHead(string words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsAsciiLetter(words[i]) && char.IsAsciiLetter(words[i - 1])) continue;
            var head = words[i..].Trim();
            if (!vocabulary.Phrases.TryGetValue(head, out var concepts) || concepts.Any(vocabulary.OwnMeasures.Contains) || concepts.Length == 0) continue;
            return [.. scorer.Rank(concepts.ToHashSet(StringComparer.Ordinal), (IEnumerable<string>?)null, sharing: true, limit: NearestChoices).Select(r => r.MetricId)];
        }
        return [];
    }

    private string[] Nearest(ConceptReading whole, IReadOnlyList<string> named)
    {
        var rest = whole.Concepts.Where(c => !vocabulary.OwnMeasures.Contains(c)).ToHashSet(StringComparer.Ordinal);
        // What metrics are of (orders, items, customers), not a state a subject's column is named by (pay_amount: paid).
        var counted = facts.Subjects.Select(vocabulary.ConceptOf).Concat(vocabulary.Broader.Keys).Except(facts.UncountedStates).ToHashSet(StringComparer.Ordinal);
        var subjects = rest.Where(c => counted.Contains(c) && c is not (ConceptVocabulary.Money or ConceptVocabulary.People)).ToArray();
        var related = subjects.Length == 0 ? []
            : scorer.Rank(rest, (IEnumerable<string>?)null, sharing: true).Select(r => r.MetricId)
                .Where(id => scorer.ConceptsOf(id) is { } concepts && subjects.Any(concepts.Contains));
        return named.Concat(related).Distinct(StringComparer.Ordinal).Take(NearestChoices).ToArray();
    }
}
