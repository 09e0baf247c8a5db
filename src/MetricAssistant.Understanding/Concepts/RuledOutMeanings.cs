using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The meanings of a glossary word a question rules out one by one: "客户数，不是新增那个，也不是累计那个", "customers, not the
/// new sign-ups", "客户数，付款那种不要". A phrase right after a negation word (fillers aside) that tells some meanings apart from the others rules
/// those out; what is left is settled among, or asked back. The phrase ruled out is read (consumed) but describes nothing
/// asked, so it no longer pulls the question towards the meaning it names.
/// </summary>
public sealed class RuledOutMeanings(ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    /// <param name="Left">The meanings not ruled out, in the word's order.</param>
    /// <param name="Reading">The reading without the ruled-out phrases' concepts.</param>
    public sealed record Outcome(IReadOnlyList<string> Left, ConceptReading Reading);

    /// <summary>The meanings left once the question's ruled-out phrases are taken away; null when none is ruled out (or all are).</summary>
    public Outcome? Apply(string text, IReadOnlyList<string> ambiguous, ConceptReading reading)
    {
        var profiles = ambiguous.ToDictionary(id => id, id => scorer.ConceptsOf(id) ?? new HashSet<string>(), StringComparer.Ordinal);
        var ruledOut = new HashSet<string>(StringComparer.Ordinal);
        var mentions = reading.Mentions.ToList();
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            // "不是新增那个", or said after: "付款那种不要"; or left out as a value is ("新注册的不算", "not counting new sign-ups",
            // "leaving out the running total", "别把新客算进去"): after the whole phrase, words said together.
            // ("新注册的不算" as a state taken out of rows reads no concept, but what it left out is remembered.)
            var leftOut = LeavingOutWords.Default.LeavesOut(text[..mention.Span.Start], text[PhraseEnd(text, mentions, k)..]);
            IReadOnlyList<string> concepts = mention.Concepts.Count > 0 ? mention.Concepts : leftOut ? mention.Excluded : [];
            if (concepts.Count == 0 || !leftOut && !vocabulary.EndsWithNegation(text[..mention.Span.Start]) && !DefinitionPhrases.RuledOutAfter(text, mention.Span.End)) continue;
            // Only what tells the meanings apart: "新增" (new) is one meaning's, "客户" every meaning's.
            var telling = concepts.Where(c => c != ConceptVocabulary.Count && !profiles.Values.All(p => p.Contains(c))).ToList();
            if (telling.Count == 0) continue;
            var named = ambiguous.Where(id => telling.All(profiles[id].Contains)).ToList();
            if (named.Count == 0 || named.Count == ambiguous.Count) continue;
            ruledOut.UnionWith(named);
            mentions[k] = mention with { Concepts = [] };
            // "not the new sign-ups": the rest of the phrase ruled out, said right after it, names the same meaning.
            for (var j = k + 1; j < mentions.Count && mentions[j].Concepts.Count > 0 && text[mentions[j - 1].Span.End..mentions[j].Span.Start].Trim().Length == 0
                && mentions[j].Concepts.All(c => named.Any(id => profiles[id].Contains(c))); j++)
                mentions[j] = mentions[j] with { Concepts = [] };
        }
        var left = ambiguous.Where(id => !ruledOut.Contains(id)).ToList();
        return ruledOut.Count == 0 || left.Count == 0 ? null : new Outcome(left, new ConceptReading(mentions));
    }

    /// <summary>Where the phrase starting with mention <paramref name="k"/> ends: "new sign-ups", "新注册的" read as two mentions are one phrase.</summary>
    private static int PhraseEnd(string text, IReadOnlyList<ConceptMention> mentions, int k)
    {
        var end = mentions[k].Span.End;
        for (var j = k + 1; j < mentions.Count && mentions[j].Span.Start >= end && text[end..mentions[j].Span.Start].Trim() is "" or "-" or "的"; j++)
            end = mentions[j].Span.End;
        return end;
    }
}
