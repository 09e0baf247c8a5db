using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// Finds catalog terms in a normalised question, longest match first, without overlaps. A Latin term
/// must stand as whole words ("east" matches in "east china gmv", not in "yeast"); Chinese needs no
/// boundaries ("上个月华东区的gmv" → 华东区, gmv).
/// </summary>
public static class LexiconScanner
{
    public static IReadOnlyList<TermMatch> Scan(CatalogLexicon lexicon, string text, bool[]? blocked = null)
    {
        var matches = new List<TermMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (blocked?[i] == true || text[i] == ' ')
            {
                i++;
                continue;
            }
            var found = false;
            for (var length = Math.Min(lexicon.MaxTermLength, text.Length - i); length > 0; length--)
            {
                if (blocked is not null && Array.IndexOf(blocked, true, i, length) >= 0) continue;
                var span = text.AsSpan(i, length);
                var entries = lexicon.Lookup(span);
                if (entries.Count == 0 || !AtBoundaries(text, i, length) || !StandsAlone(text, i, length, entries, blocked)) continue;
                // "各区域": 各区 gives way to 区域, a term as long starting inside it and reaching further.
                if (OverlappedByLonger(lexicon, text, i, length, entries, blocked)) break;
                matches.Add(new TermMatch(i, length, span.ToString(), entries));
                i += length;
                found = true;
                break;
            }
            if (!found) i = NextStart(text, i);
        }
        return matches;
    }

    private static bool OverlappedByLonger(CatalogLexicon lexicon, string text, int start, int length, IReadOnlyList<LexiconEntry> entries, bool[]? blocked)
    {
        if (IsWordChar(text[start])) return false;
        var end = start + length;
        for (var j = start + 1; j < end; j++)
            for (var other = Math.Min(lexicon.MaxTermLength, text.Length - j); other >= length && j + other > end; other--)
                if ((blocked is null || Array.IndexOf(blocked, true, j, other) < 0) && lexicon.Lookup(text.AsSpan(j, other)) is { Count: > 0 } longer
                    && !IsOwnDimension(entries, longer)) return true;
        return false;
    }

    /// <summary>
    /// "食品类": a value with its dimension's suffix (类 of 品类) overlapping the dimension's word is the value, not a split
    /// by the dimension.
    /// </summary>
    private static bool IsOwnDimension(IReadOnlyList<LexiconEntry> value, IReadOnlyList<LexiconEntry> longer) =>
        value.All(e => e.Kind == TermKind.DimensionValue)
        && longer.All(e => e.Kind == TermKind.Dimension && value.Any(v => v.Id == e.Id));

    /// <summary>After a failed position inside a Latin word, the next candidate start is the next word.</summary>
    private static int NextStart(string text, int i)
    {
        if (!IsWordChar(text[i])) return i + 1;
        while (i < text.Length && IsWordChar(text[i])) i++;
        return i;
    }

    /// <summary>
    /// A one-character Chinese glossary word (量, volume) is that word only standing alone: after the start, a time word or no
    /// Chinese, or after 的 following one of them; 量 of 成交量 or 体量 ends a word of its own, never volume, and 卖出去的量 is
    /// described by what stands before 的 (read by description, where sold says which count).
    /// </summary>
    private static bool StandsAlone(string text, int start, int length, IReadOnlyList<LexiconEntry> entries, bool[]? blocked)
    {
        if (length > 1 || !TextNormalizer.IsCjk(text[start]) || !entries.All(e => e.Kind == TermKind.AmbiguousMetric)) return true;
        bool Alone(int at) => at < 0 || blocked?[at] == true || !TextNormalizer.IsCjk(text[at]);
        return Alone(start - 1) || text[start - 1] == '的' && Alone(start - 2);
    }

    private static bool AtBoundaries(string text, int start, int length)
    {
        var first = text[start];
        var last = text[start + length - 1];
        if (IsWordChar(first) && start > 0 && IsWordChar(text[start - 1])) return false;
        if (IsWordChar(last) && start + length < text.Length && IsWordChar(text[start + length])) return false;
        return true;
    }

    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (char.IsLetter(c) && !TextNormalizer.IsCjk(c));
}
