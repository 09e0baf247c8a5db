using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "Tmall net GMV last quarter, not paid GMV", "last month's orders, not paid orders": a glossary term for rows no metric counts
/// that starts with a ruling-out word ("not paid") opening a clause, whose rest begins a longer metric name ("paid GMV"), is that
/// name ruled out, as "not the paid GMV" is; the word is left out of the scan so the name is found whole, and the ruling-out steps
/// read it from the text as usual.
/// </summary>
public static class RuledOutNameStarts
{
    /// <summary>The lexicon's matches, the names a ruling-out word starts found whole.</summary>
    public static IReadOnlyList<TermMatch> Scan(CatalogLexicon lexicon, string text, bool[] blocked, ConceptVocabulary vocabulary)
    {
        var matches = LexiconScanner.Scan(lexicon, text, blocked);
        foreach (var term in matches.Where(Unsupported))
        {
            if (!OpensClause(text, term.Start) || RestStart(term, vocabulary) is not { } rest) continue;
            var masked = (bool[])blocked.Clone();
            Array.Fill(masked, true, term.Start, rest - term.Start);
            var rescanned = LexiconScanner.Scan(lexicon, text, masked);
            // Only a metric's name reaching past the term wins it: "not paid" alone stays the state.
            if (rescanned.Any(m => m.Start == rest && m.End > term.End && m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)))
                return RuledOutNameStarts.Scan(lexicon, text, masked, vocabulary);
        }
        return matches;
    }

    private static bool Unsupported(TermMatch m) => m.Entries.Count > 0 && m.Entries.All(e => e.Kind == TermKind.Unsupported);

    // "…, not paid GMV": the word rules out only when it opens a clause; "how many not paid orders" counts unpaid ones.
    private static bool OpensClause(string text, int start) =>
        text[..start].TrimEnd() is var before && before.Length > 0 && DefinitionPhrases.ClauseEnds.Contains(before[^1]);

    /// <summary>Where the rest of the term starts after a ruling-out word it begins with, or null.</summary>
    private static int? RestStart(TermMatch term, ConceptVocabulary vocabulary)
    {
        foreach (var word in vocabulary.Negations.OrderByDescending(w => w.Length))
        {
            if (!term.Text.StartsWith(word, StringComparison.Ordinal) || term.Text.Length <= word.Length) continue;
            var next = term.Text[word.Length];
            // A Latin word ends at a space ("not paid", never "nothing"); a Chinese one needs no boundary.
            if (char.IsAsciiLetter(word[^1]) && next != ' ') continue;
            var at = word.Length;
            while (at < term.Text.Length && term.Text[at] == ' ') at++;
            return term.Start + at;
        }
        return null;
    }
}
