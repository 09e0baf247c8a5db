namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The small words around a definition ruled out (<see cref="NegatedVariants"/>): what a definition is called after its
/// name ("电商部那套口径", "the finance team's number"), the conjunctions joining two ("运营部和财务部的", "and the net one"),
/// and the negations said after what they rule out ("…就算了", "…都不要").
/// </summary>
internal static class DefinitionPhrases
{
    public static readonly char[] ClauseEnds = ['，', ',', '。', '；', ';', '？', '?', '！', '!'];

    public static readonly string[] PostposedNegations =
    [
        "就算了", "算了", "不要了", "都不要", "都别要", "都不用", "不用了", "免了", "除外", "不考虑", "靠边", "放一边", "放一放", "先放着",
        "excluded", "left out", "set aside", "not wanted", "not needed",
    ];

    // Said bare after a definition ("运营那个口径不要"), these rule it out only right after the words that close its naming.
    public static readonly string[] ClosingNegations = ["不要", "不算", "不看", "不用", "不用看", "不需要", "不想要", "排除", "去掉", "别要", "别看", "别算", "别用", "别给", "别给我", "不给",
        // dialect negators and "do / make" verbs ("莫要了", "也莫给我", "别给我整", "甭搞"): the same ruling out
        "莫要", "莫给", "莫给我", "甭要", "甭给", "甭给我", "别整", "别给我整", "莫整", "莫给我整", "甭整", "别搞", "别给我搞", "莫搞", "别弄", "别给我弄"];

    // Said right after a definition's naming, these leave it out while the clause goes on ("电商部口径以外的GMV").
    public static readonly string[] Outside = ["以外", "之外"];

    // "先不看", "就不要", "暂时不算": adverbs between a definition's naming and a negation closing it.
    private static readonly string[] Adverbs = ["先", "就", "也", "都", "暂时", "暂且", "可以", "我", "还是"];

    private static readonly string[] Heads = ["那套", "这套", "那种", "这种", "那类", "那边", "这边", "那里", "那儿", "口径", "版本", "算法", "那个", "的", "'s", "team", "version", "number", "figure", "definition", "one", "ones", "numbers"];

    private static readonly string[] Conjunctions = ["和", "与", "跟", "及", "或者", "或", "还有", "、", "and", "or", "nor"];

    /// <summary>Where each of <paramref name="words"/> occurs, whole words for Latin ones.</summary>
    public static IEnumerable<(int At, int Length)> Occurrences(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                if (IsWord(text, at, word.Length)) yield return (at, word.Length);
    }

    /// <summary>Past the words a definition is called by after its name.</summary>
    public static int SkipHeads(string text, int at)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            while (at < text.Length && text[at] == ' ') at++;
            foreach (var head in Heads)
            {
                if (!text.AsSpan(at).StartsWith(head, StringComparison.Ordinal) || !IsWord(text, at, head.Length)) continue;
                at += head.Length;
                moved = true;
                break;
            }
        }
        return at;
    }

    /// <summary>
    /// Where a definition's English naming ends when a head word closes it a word or two on: "the placed-orders version" names one
    /// definition whole, its "orders" no metric asked; else <paramref name="end"/>.
    /// </summary>
    public static int NamingEnd(string text, int end)
    {
        if (end == 0 || !IsLatin(text[end - 1])) return end;
        var at = end;
        for (var words = 0; words <= 2; words++)
        {
            while (at < text.Length && text[at] is ' ' or '-') at++;
            foreach (var head in EnglishHeads)
                if (words > 0 && text.AsSpan(at).StartsWith(head, StringComparison.Ordinal) && IsWord(text, at, head.Length)) return at + head.Length;
            var word = at;
            while (word < text.Length && IsLatin(text[word])) word++;
            if (word == at || Conjunctions.Contains(text[at..word])) return end;
            at = word;
        }
        return end;
    }

    private static readonly string[] EnglishHeads = ["version", "versions", "number", "numbers", "figure", "figures", "definition", "one", "ones"];

    /// <summary>Whether only head words and adverbs stand between a definition's naming ending at <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool ClosedBy(string text, int from, int to)
    {
        var at = SkipHeads(text, from);
        for (var moved = true; moved && at < to;)
        {
            moved = false;
            while (at < to && text[at] == ' ') at++;
            foreach (var adverb in Adverbs)
                if (text.AsSpan(at).StartsWith(adverb, StringComparison.Ordinal)) { at += adverb.Length; moved = true; break; }
        }
        return at == to;
    }

    /// <summary>Whether a negation said after the phrase ending at <paramref name="end"/> rules it out: "付款那种不要", "新增的就算了".</summary>
    public static bool RuledOutAfter(string text, int end)
    {
        var clauseEnd = text.IndexOfAny(ClauseEnds, end) is var e and >= 0 ? e : text.Length;
        foreach (var (at, length) in Occurrences(text, PostposedNegations.Concat(ClosingNegations)))
            if (at >= end && at < clauseEnd && EndsClause(text, at + length) && ClosedBy(text, end, at)) return true;
        foreach (var (at, _) in Occurrences(text, Outside))
            if (at >= end && at < clauseEnd && ClosedBy(text, end, at)) return true;
        return false;
    }

    /// <summary>Whether only particles stand between <paramref name="at"/> and the clause's end ("不要了哈", "不算。"): "下单不算取消的" is no ruling out.</summary>
    public static bool EndsClause(string text, int at)
    {
        while (at < text.Length && " 了哈啊吧呀啦呢哦嘛".Contains(text[at])) at++;
        return at == text.Length || ClauseEnds.Contains(text[at]);
    }

    /// <summary>Where the next definition starts when a conjunction joins one to the definition before it; else null.</summary>
    public static int? Joined(string text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        foreach (var word in Conjunctions)
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && IsWord(text, at, word.Length))
                return at + word.Length;
        return null;
    }

    /// <summary>A Latin word starts and ends at a word's edge ("or" is not the start of "ordered"); others anywhere.</summary>
    private static bool IsWord(string text, int at, int length) =>
        !(IsLatin(text[at]) && at > 0 && IsLatin(text[at - 1])) && !(IsLatin(text[at + length - 1]) && at + length < text.Length && IsLatin(text[at + length]));

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
