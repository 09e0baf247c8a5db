namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "handed back to shoppers", "paid back to customers", 退还给顾客: people right after a word that says whom money went to
/// ("to", 给) received the money; they are not what is counted. When something else is asked (and not a rate, where "visitors to
/// customers" is a conversion) the people word is read (consumed) and adds no concept; "how much did customers pay" keeps its payers.
/// </summary>
internal static class Recipients
{
    /// <summary>What may stand between the recipient word and the people ("to the customers", 给我们的顾客).</summary>
    private static readonly string[] Determiners = ["the ", "our ", "all ", "all the ", "those ", "these ", "各位", "广大", "我们的", "的"];

    public static void Apply(string text, List<ConceptMention> mentions, ConceptVocabulary vocabulary)
    {
        if (vocabulary.RecipientsBefore.Count == 0) return;
        // Something else is asked (money, refunds, orders); a rate's "to" joins its sides instead.
        if (!mentions.Any(m => m.Concepts.Count > 0 && !m.Concepts.All(vocabulary.IsPeople)) || mentions.Any(m => m.Concepts.Contains(ConceptVocabulary.Ratio))) return;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Concepts.Count == 0 || !mention.Concepts.All(vocabulary.IsPeople)) continue;
            if (!AfterRecipientWord(text, mention.Span.Start, vocabulary.RecipientsBefore)) continue;
            mentions[k] = mention with { Concepts = [] };
        }
    }

    private static bool AfterRecipientWord(string text, int start, IReadOnlyList<string> words)
    {
        var before = text[..start].TrimEnd(' ');
        foreach (var determiner in Determiners)
        {
            var trimmed = determiner.TrimEnd(' ');
            if (before.EndsWith(trimmed, StringComparison.Ordinal) && IsWordStart(before, before.Length - trimmed.Length))
            {
                before = before[..^trimmed.Length].TrimEnd(' ');
                break;
            }
        }
        foreach (var word in words)
            if (before.EndsWith(word, StringComparison.Ordinal) && IsWordStart(before, before.Length - word.Length)) return true;
        return false;
    }

    // A Latin word starts after a non-letter: "into" is not "to".
    private static bool IsWordStart(string text, int at) =>
        at == 0 || !char.IsAsciiLetter(text[at]) || !char.IsAsciiLetter(text[at - 1]);
}
