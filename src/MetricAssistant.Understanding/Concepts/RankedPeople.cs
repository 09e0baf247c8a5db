namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "付过钱的人最少的三家店", "the unique shoppers who paid, top 5": people ranked (most, fewest, top N) with no count word are
/// counted all the same: the ranking orders by how many of them there are, as "付过钱的人数最少的三家店" says outright. A question
/// asking an amount, a share, a per-unit figure or an average of them keeps its reading.
/// </summary>
internal static class RankedPeople
{
    private static readonly string[] Settling = [ConceptVocabulary.Money, ConceptVocabulary.Ratio, ConceptVocabulary.Per, ConceptVocabulary.Average,
        ConceptVocabulary.Count, ConceptVocabulary.Times, ConceptVocabulary.Quantity];

    /// <summary>The reading with the people words counting them, or the reading itself when they are not simply ranked.</summary>
    public static ConceptReading Counted(ConceptReading reading, ConceptVocabulary vocabulary, bool ranked)
    {
        if (!ranked || Settling.Any(reading.Has) || !reading.Concepts.Any(vocabulary.IsPeople)) return reading;
        return new ConceptReading([.. reading.Mentions.Select(m => !m.Negated && m.Concepts.Any(vocabulary.IsPeople)
            ? m with { Concepts = [.. m.Concepts, ConceptVocabulary.Count] } : m)]);
    }
}
