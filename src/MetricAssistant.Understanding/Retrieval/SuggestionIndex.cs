using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Search-box completion over metric names, synonyms and typical questions in both languages: a sorted array
/// of suffixes, each starting at the beginning of a text, at the start of a Latin word, or at any Chinese
/// character (so "客单" finds 平均客单价 and "上个月客单价"). A look-up is a binary search plus a bounded scan.
/// Immutable after build; thread-safe.
/// </summary>
internal sealed class SuggestionIndex
{
    // Completions read per look-up: enough for a search box, bounded so that a one-character prefix over a
    // catalog of 100,000 metrics stays within a millisecond or two.
    private const int MaxScan = 1500;

    private readonly string[] keys;
    private readonly int[] entryDocument;
    private readonly int[] suffixEntry;
    private readonly int[] suffixOffset;

    public int EntryCount => keys.Length;
    public int SuffixCount => suffixEntry.Length;

    /// <param name="entries">(document ordinal, text) pairs to complete.</param>
    public SuggestionIndex(IReadOnlyList<(int Document, string Text)> entries)
    {
        keys = new string[entries.Count];
        entryDocument = new int[entries.Count];
        var suffixes = new List<(int Entry, int Offset)>();
        for (var e = 0; e < entries.Count; e++)
        {
            var key = TextNormalizer.Normalize(entries[e].Text);
            if (string.Equals(key, entries[e].Text, StringComparison.Ordinal)) key = entries[e].Text; // one string, not two
            keys[e] = key;
            entryDocument[e] = entries[e].Document;
            for (var i = 0; i < key.Length; i++)
                if (i == 0 || IsSuffixStart(key, i)) suffixes.Add((e, i));
        }
        var order = suffixes.ToArray();
        Array.Sort(order, (a, b) => keys[a.Entry].AsSpan(a.Offset).SequenceCompareTo(keys[b.Entry].AsSpan(b.Offset)));
        suffixEntry = order.Select(s => s.Entry).ToArray();
        suffixOffset = order.Select(s => s.Offset).ToArray();
    }

    private static bool IsSuffixStart(string key, int i)
    {
        var c = key[i];
        if (TextNormalizer.IsCjk(c)) return true;
        return MixedTextTokenizer.IsLatinOrDigit(c) && !MixedTextTokenizer.IsLatinOrDigit(key[i - 1]);
    }

    /// <summary>A match of the typed text inside an entry.</summary>
    public readonly record struct Match(int Document, string Key, float Score);

    /// <summary>
    /// Entries containing <paramref name="normalizedText"/> at a suffix start, scored: the text's beginning 1.0, a
    /// later Latin word 0.8, inside Chinese text 0.65; times 0.6 + 0.4 × the share of the entry typed.
    /// </summary>
    public List<Match> Find(string normalizedText)
    {
        var matches = new List<Match>();
        if (normalizedText.Length == 0 || suffixEntry.Length == 0) return matches;
        var query = normalizedText.AsSpan();
        var i = LowerBound(query);
        for (var scanned = 0; i < suffixEntry.Length && scanned < MaxScan; i++, scanned++)
        {
            var entry = suffixEntry[i];
            var offset = suffixOffset[i];
            var key = keys[entry];
            if (!key.AsSpan(offset).StartsWith(query, StringComparison.Ordinal)) break;
            var level = offset == 0 ? 1.0f : TextNormalizer.IsCjk(key[offset]) ? 0.65f : 0.8f;
            var coverage = (float)query.Length / key.Length;
            matches.Add(new Match(entryDocument[entry], key, level * (0.6f + 0.4f * coverage)));
        }
        return matches;
    }

    private int LowerBound(ReadOnlySpan<char> query)
    {
        int lo = 0, hi = suffixEntry.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[suffixEntry[mid]].AsSpan(suffixOffset[mid]).SequenceCompareTo(query) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
