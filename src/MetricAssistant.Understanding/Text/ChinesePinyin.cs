namespace MetricAssistant.Understanding.Text;

/// <summary>
/// The toneless pinyin of common Chinese characters (pinyin.txt, embedded: the GB2312 characters' first Mandarin reading from
/// the Unicode Unihan database): what a pinyin input method types for them, so characters that read alike can be told.
/// </summary>
public static class ChinesePinyin
{
    private static readonly Lazy<IReadOnlyDictionary<char, string>> Table = new(Load);

    /// <summary>The character's syllable without tone ("东" → "dong", "绿" → "lv"), or null when the table has none.</summary>
    public static string? Of(char c) => Table.Value.TryGetValue(c, out var syllable) ? syllable : null;

    /// <summary>The words' syllables joined by spaces ("京东" → "jing dong"), or null when a character has none.</summary>
    public static string? Key(ReadOnlySpan<char> words)
    {
        var parts = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
            if ((parts[i] = Of(words[i])!) is null) return null;
        return string.Join(' ', parts);
    }

    private static IReadOnlyDictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        foreach (var line in WordTable.ReadEmbedded("pinyin.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ');
            if (space <= 0) throw new InvalidOperationException($"pinyin.txt: '{line}' is not 'syllable characters'");
            var syllable = line[..space];
            foreach (var c in line[(space + 1)..]) table.TryAdd(c, syllable);
        }
        return table;
    }
}
