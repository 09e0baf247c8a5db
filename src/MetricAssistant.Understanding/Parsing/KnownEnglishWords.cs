using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// English words the reader knows as spelt: the words of the concept vocabulary's phrases ("looking", "ordering", "cost"),
/// the function words and the words of the catalog's own terms. A phrase made only of them is no mistyped metric name:
/// "how's membership looking" is no "booking", "cost" no "coat".
/// </summary>
public sealed partial class KnownEnglishWords
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> termWords = new(StringComparer.Ordinal);

    public KnownEnglishWords(ConceptVocabulary vocabulary, IReadOnlyList<string> catalogTerms)
    {
        foreach (var term in catalogTerms)
            foreach (Match w in Word().Matches(term.ToLowerInvariant()))
                termWords.Add(w.Value);
        foreach (var phrase in vocabulary.Phrases.Keys.Concat(catalogTerms).Concat(EnglishTypoMatcher.FunctionWords))
            foreach (Match w in Word().Matches(phrase.ToLowerInvariant()))
                if (w.Length >= 2) words.Add(w.Value);
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    /// <summary>
    /// Whether every word of the matched phrase is a word the reader knows as spelt, and one of them is no form of a catalog
    /// term's word ("refund" of "refunds", "member" of "members" are the term said in another number: still the term).
    /// </summary>
    public bool SpeltRight(TermMatch match) =>
        Word().Matches(match.Text.ToLowerInvariant()) is { Count: > 0 } said && said.All(w => words.Contains(w.Value))
        && said.Any(w => !termWords.Any(t => FormOf(w.Value, t)));

    private static bool FormOf(string word, string termWord) =>
        Math.Abs(word.Length - termWord.Length) <= 2 && (word.StartsWith(termWord, StringComparison.Ordinal) || termWord.StartsWith(word, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="word"/> (lower case) is known as spelt.</summary>
    public bool Contains(string word) => words.Contains(word);
}
