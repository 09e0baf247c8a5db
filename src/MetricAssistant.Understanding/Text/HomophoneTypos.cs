namespace MetricAssistant.Understanding.Text;

/// <summary>
/// The domain's words typed by sound, from voice input or a pinyin input method's first choice (homophone-typos.txt,
/// embedded): 付宽 → 付款, 会原 → 会员, 转话率 → 转化率, 客单介 → 客单价. Each typo is listed, never guessed, and is
/// no word a reader knows; one character for one, so positions stay where they were.
/// </summary>
public static class HomophoneTypos
{
    private static readonly Lazy<WordTable> Table = new(() => new WordTable(Entries()));

    /// <summary>The text with every listed typo read as the word it stands for; the same string when there is none.</summary>
    public static string Correct(string text) => Table.Value.Read(text);

    /// <summary>The listed typos that stand in the text, each with the word it is read as (for the answer to say so).</summary>
    public static IReadOnlyList<(string Typed, string Meaning)> Found(string text) => Table.Value.Found(text);

    /// <summary>Each word of the table with its typos (for the test that every word is one the catalog or concepts know).</summary>
    internal static IEnumerable<(string Typed, string Meaning, string NotAfter)> Entries()
    {
        foreach (var line in WordTable.ReadEmbedded("homophone-typos.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidOperationException($"homophone-typos.txt: '{line}' is not 'word: typo typo'");
            var word = line[..colon].Trim();
            foreach (var typo in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bang = typo.IndexOf('!');
                var typed = bang < 0 ? typo : typo[..bang];
                if (typed.Length != word.Length) throw new InvalidOperationException($"homophone-typos.txt: '{typed}' is not as long as '{word}'");
                yield return (typed, word, bang < 0 ? "" : typo[(bang + 1)..]);
            }
        }
    }
}
