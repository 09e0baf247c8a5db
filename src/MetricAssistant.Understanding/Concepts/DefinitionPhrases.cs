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
        "就算了", "算了", "不要了", "都不要", "都别要", "都不用", "不用了", "免了", "除外", "不考虑", "靠边",
        "excluded", "left out", "set aside", "not wanted", "not needed",
    ];

    private static readonly string[] Heads = ["那套", "这套", "口径", "版本", "算法", "那个", "的", "'s", "team", "version", "number", "figure", "definition", "one", "ones", "numbers"];

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
