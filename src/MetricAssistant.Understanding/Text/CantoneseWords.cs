namespace MetricAssistant.Understanding.Text;

/// <summary>
/// Cantonese words read as the Mandarin ones every reader knows (cantonese-words.txt, embedded): 幾多 → 多少,
/// 冇 → 没有, 嘅 → 的, 咩 → 什么, 琴日 → 昨天, 今個月 → 这个月. Hong Kong users write questions as they speak them.
/// </summary>
public static class CantoneseWords
{
    private static readonly Lazy<WordTable> Table = new(Load);

    /// <summary>The text with its Cantonese words read; the same string when there is none.</summary>
    public static string Read(string text) => Table.Value.Read(text);

    private static WordTable Load() => new(WordTable.ReadEmbedded("cantonese-words.txt")
        .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=') is [var typed, var meaning] && typed.Length > 0 && meaning.Length > 0
            ? (typed, meaning, "")
            : throw new InvalidOperationException($"cantonese-words.txt: '{pair}' is not word=meaning")));
}
