using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Reads a question into concepts, longest phrase first: the vocabulary's phrases, and the catalog's own
/// identifier words (a model "bookings" is read wherever a question says "bookings"), so a new catalog is
/// understood by description without new entries. Latin phrases match whole words only.
/// </summary>
public sealed class ConceptReader
{
    private readonly Dictionary<string, string[]> phrases;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int maxLength;

    public ConceptReader(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        phrases = new Dictionary<string, string[]>(vocabulary.Phrases, StringComparer.Ordinal);
        foreach (var word in catalog.Signatures.All.SelectMany(s => s.Words).Distinct())
        {
            if (word.Length < 3 || !word.All(char.IsAsciiLetter)) continue;
            var concept = vocabulary.ConceptOf(word);
            phrases.TryAdd(word, [concept]);
            phrases.TryAdd(word + "s", [concept]);
        }
        maxLength = phrases.Keys.Max(k => k.Length);
        lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ConceptVocabulary Vocabulary { get; }

    /// <summary>
    /// The concepts of <paramref name="text"/> (normalised), outside the <paramref name="blocked"/> characters
    /// (times, catalog terms). A "per" word right before a dimension (每个渠道, "per region") is a split, not a ratio, and is left alone.
    /// </summary>
    public ConceptReading Read(string text, bool[] blocked, IReadOnlySet<int>? dimensionStarts = null)
    {
        var mentions = new List<ConceptMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (blocked[i] || text[i] == ' ' || (IsLatin(text[i]) && i > 0 && IsLatin(text[i - 1])))
            {
                i++;
                continue;
            }
            var length = LongestAt(text, i, blocked);
            if (length == 0)
            {
                i++;
                continue;
            }
            var concepts = lookup[text.AsSpan(i, length)];
            if (!(dimensionStarts is not null && concepts.All(c => c is ConceptVocabulary.Per or ConceptVocabulary.Average) && dimensionStarts.Contains(NextWord(text, i + length))))
                mentions.Add(new ConceptMention(new TextSpan(i, length), text.Substring(i, length), concepts));
            i += length;
        }
        return mentions.Count == 0 ? ConceptReading.Empty : new ConceptReading(mentions);
    }

    private int LongestAt(string text, int start, bool[] blocked)
    {
        var limit = Math.Min(maxLength, text.Length - start);
        var free = 0;
        while (free < limit && !blocked[start + free]) free++;
        for (var length = free; length > 0; length--)
        {
            var end = start + length;
            // A Latin phrase ends at a word's end: "per" is not the start of "performance".
            if (IsLatin(text[end - 1]) && end < text.Length && IsLatin(text[end])) continue;
            if (lookup.ContainsKey(text.AsSpan(start, length))) return length;
        }
        return 0;
    }

    private static int NextWord(string text, int from)
    {
        while (from < text.Length && text[from] == ' ') from++;
        return from;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
