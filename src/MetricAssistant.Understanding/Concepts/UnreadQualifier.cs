using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A head word of a measure (concepts.json "heads": 率, 成本, rate, costs) right after words no reader took ("跳出率",
/// "bounce rate", "仓库租赁成本", "IT costs"): the unread words say what the rate or cost is of, and no governed metric
/// is of it, so the question asks for a measure the catalog lacks. A head inside a catalog name (转化率) or a longer
/// concept phrase (比率, 消费) is no such head, and a qualifier read as anything (下单率, 商品成本) is known.
/// </summary>
public static class UnreadQualifier
{
    /// <summary>The unread qualifier and its head (as written, and where), or null when every head's qualifier was read.</summary>
    /// <param name="text">The normalised question.</param>
    /// <param name="heads">The head words, normalised.</param>
    /// <param name="terms">What the catalog-term reader took (a head inside one belongs to a name).</param>
    /// <param name="read">Everything else some reader took: times, end words, concept phrases.</param>
    public static (string Words, TextSpan Span)? Find(string text, IReadOnlyList<string> heads, IReadOnlyList<TextSpan> terms, IReadOnlyList<TextSpan> read, FillerWords fillers)
    {
        var taken = new bool[text.Length];
        foreach (var span in terms.Concat(read))
            for (var k = Math.Max(0, span.Start); k < Math.Min(text.Length, span.End); k++) taken[k] = true;
        foreach (var head in heads.OrderByDescending(h => h.Length))
        {
            for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var end = at + head.Length;
                var latin = IsLatin(head[0]);
                if (latin && (at > 0 && IsLatin(text[at - 1]) || end < text.Length && IsLatin(text[end]))) continue;
                // Part of a catalog name, or of a longer phrase read from before the head ("比率", "消费").
                if (terms.Any(t => t.Start < end && at < t.End) || read.Any(r => r.Start < at && at < r.End)) continue;
                var start = latin ? LatinQualifier(text, at, taken, fillers) : ChineseQualifier(text, at, taken, fillers);
                // "刨掉进货成本挣了多少", "earned after subtracting what the goods cost us": a cost taken off what was earned is
                // the margin's own cost of goods, not a cost the catalog lacks.
                if (start < at && !Subtracted(text, start, at)) return (text[start..end], new TextSpan(start, end - start));
            }
        }
        return null;
    }

    // The unread Chinese characters right before the head, fillers (的, 是) ending the run.
    private static int ChineseQualifier(string text, int at, bool[] taken, FillerWords fillers)
    {
        var start = at;
        while (start > 0 && TextNormalizer.IsCjk(text[start - 1]) && !taken[start - 1]) start--;
        if (start == at) return at;
        var blanked = fillers.BlankChinese(text[start..at]);
        var kept = blanked.Length;
        while (kept > 0 && blanked[kept - 1] != ' ') kept--;
        return start + kept;
    }

    // The unread Latin words right before the head ("email open"), a filler word (the, what) ending the run.
    private static int LatinQualifier(string text, int at, bool[] taken, FillerWords fillers)
    {
        var start = at;
        while (true)
        {
            var wordEnd = start;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ') wordEnd--;
            var wordStart = wordEnd;
            while (wordStart > 0 && IsLatin(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..wordEnd];
            if (word.Length < 3 || !word.All(c => char.IsAsciiLetter(c) || c == '-') || fillers.IsLatinFiller(word)
                || Enumerable.Range(wordStart, word.Length).Any(k => taken[k]))
                return start;
            start = wordStart;
        }
    }

    private static readonly string[] Subtractions =
    [
        "扣掉", "扣除", "扣去", "刨掉", "刨去", "刨除", "减掉", "减去", "去掉", "除去", "除掉",
        "minus", "less", "over what", "above what", "beyond what", "subtract", "subtracting", "subtracted", "deduct", "deducting", "deducted", "taking off", "take off", "taken off", "net of",
    ];

    /// <summary>Whether a subtraction word stands in the qualifier or just before it, in the same clause.</summary>
    private static bool Subtracted(string text, int start, int at)
    {
        var from = Math.Max(0, start - 24);
        var clause = text.LastIndexOfAny(['，', ',', '。', '；', ';', '？', '?'], Math.Max(0, start - 1));
        if (clause >= from) from = clause + 1;
        var window = text.AsSpan(from, at - from);
        foreach (var word in Subtractions)
            if (window.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
