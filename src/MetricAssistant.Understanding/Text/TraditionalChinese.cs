namespace MetricAssistant.Understanding.Text;

/// <summary>
/// Traditional characters read as their simplified forms (traditional-chars.txt, embedded): users in Taiwan and Hong
/// Kong type 營收, 會員, 上個月 for the 营收, 会员, 上个月 the catalog is written in. One character for one, so a
/// question keeps its length and every position read in it.
/// </summary>
public static class TraditionalChinese
{
    private const char First = '\u3400';
    private const char Last = '\u9fff';

    // Indexed by the character's offset from First; '\0' where the character is kept. Filled once, never written after.
    private static readonly char[] Simplified = Load();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c) => c is >= First and <= Last && Simplified[c - First] is var s && s != '\0' ? s : c;

    /// <summary>Whether <paramref name="c"/> is a traditional character that has a different simplified form.</summary>
    public static bool IsTraditional(char c) => c is >= First and <= Last && Simplified[c - First] != '\0';

    private static char[] Load()
    {
        var table = new char[Last - First + 1];
        var assembly = typeof(TraditionalChinese).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("traditional-chars.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("traditional-chars.txt is not embedded");
        using var reader = new StreamReader(stream);
        foreach (var line in reader.ReadToEnd().Split('\n'))
        {
            if (line.TrimStart().StartsWith('#')) continue;
            foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (pair.Length != 2 || pair[0] < First || pair[0] > Last)
                    throw new InvalidOperationException($"traditional-chars.txt: '{pair}' is not a traditional character and its simplified one");
                table[pair[0] - First] = pair[1];
            }
        }
        return table;
    }
}
