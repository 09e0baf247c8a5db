using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "unpaid orders included", "including unpaid orders", "未付款的订单也算上": a word for rows no governed metric counts (unpaid
/// orders), said with an inclusion word, is a state counted in (<see cref="IncludedStates"/>), not the measure asked; it is left to
/// the concept reader, which reads it as the state said not to have happened.
/// </summary>
public static class CountedInUnsupported
{
    // How far the inclusion word may follow the term: the rows' noun and fillers between ("的订单也算上", " orders included").
    private const int AfterWithin = 10;

    /// <summary>The matches without the unsupported terms an inclusion word governs.</summary>
    public static IReadOnlyList<TermMatch> Without(string text, IReadOnlyList<TermMatch> matches, ConceptVocabulary vocabulary)
    {
        if (!matches.Any(Unsupported)) return matches;
        return [.. matches.Where(m => !(Unsupported(m) && (IncludedAfter(text, m, vocabulary) || IncludedBefore(text, m, vocabulary))))];
    }

    private static bool Unsupported(TermMatch m) => m.Entries.Count > 0 && m.Entries.All(e => e.Kind == TermKind.Unsupported);

    private static bool IncludedAfter(string text, TermMatch m, ConceptVocabulary vocabulary)
    {
        var clause = text.IndexOfAny(DefinitionPhrases.ClauseEnds, m.End) is var end and >= 0 ? text[m.End..end] : text[m.End..];
        return DefinitionPhrases.Occurrences(clause, vocabulary.IncludedAfter).Any(o => o.At <= AfterWithin && o.At + o.Length == clause.TrimEnd().Length);
    }

    private static bool IncludedBefore(string text, TermMatch m, ConceptVocabulary vocabulary)
    {
        var before = text[..m.Start].TrimEnd();
        foreach (var filler in vocabulary.Fillers.Append("those").Append("all"))
            if (before.EndsWith(" " + filler, StringComparison.Ordinal) || (filler == "的" && before.EndsWith(filler, StringComparison.Ordinal)))
                before = before[..^filler.Length].TrimEnd();
        return vocabulary.IncludedBefore.Any(w => before.EndsWith(w, StringComparison.Ordinal)
            && (before.Length == w.Length || !char.IsAsciiLetter(w[0]) || !char.IsAsciiLetter(before[^(w.Length + 1)])));
    }
}
