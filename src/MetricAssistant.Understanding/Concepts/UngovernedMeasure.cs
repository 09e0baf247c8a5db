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
    public UngovernedAsk? Find(ConceptReading whole, IReadOnlyList<string> named)
    {
        var lacking = whole.Mentions.FirstOrDefault(m => !m.Negated && m.Concepts.Any(c => vocabulary.OwnMeasures.Contains(c) && !scorer.Having([c]).Any()));
        if (lacking is null) return null;
        var rest = whole.Concepts.Where(c => !vocabulary.OwnMeasures.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var nearest = named.Concat(scorer.Rank(rest, (IEnumerable<string>?)null, sharing: true, limit: NearestChoices).Select(r => r.MetricId))
            .Distinct(StringComparer.Ordinal).Take(NearestChoices).ToArray();
        return new UngovernedAsk(lacking.Text, nearest);
    }
}
