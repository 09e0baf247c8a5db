using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A concept that names a measure of its own (concepts.json "measure": repeat purchases, operating expenses) changes the
/// figure asked whatever else a question says: "how many shoppers came back to buy again" is no count of paying customers,
/// "房租花了多少" no GMV of the stores. When no published metric has the concept, the question asks for a measure the
/// catalog lacks: not found, offering what the rest of the question describes, never that answered with a notice. A
/// catalog that governs such a measure has the concept in its definitions, and its questions are read as any other.
/// </summary>
public sealed class UngovernedMeasure(ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    /// <summary>How many nearest metrics a not-found answer offers at most.</summary>
    private const int NearestChoices = 3;

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

    public UngovernedAsk? Find(ConceptReading whole, IReadOnlyList<string> named)
    {
        var lacking = whole.Mentions.FirstOrDefault(m => !m.Negated && m.Concepts.Any(c => vocabulary.OwnMeasures.Contains(c) && !scorer.Having([c]).Any()));
        if (lacking is null) return null;
        var rest = whole.Concepts.Where(c => !vocabulary.OwnMeasures.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var nearest = named.Concat(scorer.Rank(rest, (IEnumerable<string>?)null, sharing: true, limit: NearestChoices).Select(r => r.MetricId))
            .Distinct(StringComparer.Ordinal).Take(NearestChoices).ToArray();
        return new UngovernedAsk(lacking.Text, lacking.Span, nearest);
    }
}
