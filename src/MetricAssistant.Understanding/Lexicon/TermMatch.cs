namespace MetricAssistant.Understanding.Lexicon;

/// <summary>A term found in the question: its span and every entry it can mean.</summary>
public sealed record TermMatch(int Start, int Length, string Text, IReadOnlyList<LexiconEntry> Entries, bool Fuzzy = false)
{
    public int End => Start + Length;
}
