namespace MetricAssistant.Understanding.Text;

/// <summary>
/// Words read as other words, longest first from the left (<see cref="CantoneseWords"/>, <see cref="HomophoneTypos"/>):
/// each entry is what is typed, what it is read as, and the characters just before which it is left as it is.
/// </summary>
internal sealed class WordTable
{
    private readonly Dictionary<string, (string Meaning, string NotAfter)> words;
    private readonly HashSet<char> starts;
    private readonly int longest;

    public WordTable(IEnumerable<(string Typed, string Meaning, string NotAfter)> entries)
    {
        words = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (typed, meaning, notAfter) in entries)
            words[Simplified(typed)] = (Simplified(meaning), Simplified(notAfter));
        starts = words.Keys.Select(k => k[0]).ToHashSet();
        longest = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
    }

    /// <summary>The text with every word of the table read as its meaning; the same string when none stands in it.</summary>
    public string Read(string text)
    {
        if (!text.Any(starts.Contains)) return text;
        System.Text.StringBuilder? read = null;
        var i = 0;
        while (i < text.Length)
        {
            var taken = 0;
            if (starts.Contains(text[i]))
                for (var length = Math.Min(longest, text.Length - i); length > 0 && taken == 0; length--)
                    if (words.TryGetValue(text.Substring(i, length), out var entry) && (i == 0 || !entry.NotAfter.Contains(text[i - 1])))
                    {
                        read ??= new System.Text.StringBuilder(text, 0, i, text.Length + 8);
                        read.Append(entry.Meaning);
                        taken = length;
                    }
            if (taken == 0) read?.Append(text[i]);
            i += Math.Max(taken, 1);
        }
        return read?.ToString() ?? text;
    }

    /// <summary>The words of the table that stand in the text, each with what it is read as, in the order <see cref="Read"/> takes them.</summary>
    public IReadOnlyList<(string Typed, string Meaning)> Found(string text)
    {
        var found = new List<(string, string)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!starts.Contains(text[i])) continue;
            for (var length = Math.Min(longest, text.Length - i); length > 0; length--)
                if (words.TryGetValue(text.Substring(i, length), out var entry) && (i == 0 || !entry.NotAfter.Contains(text[i - 1])))
                {
                    found.Add((text.Substring(i, length), entry.Meaning));
                    i += length - 1;
                    break;
                }
        }
        return found;
    }

    /// <summary>The table of an embedded file of "typed=meaning" (or "meaning: typed typed!notafter") entries.</summary>
    public static string ReadEmbedded(string file)
    {
        var assembly = typeof(WordTable).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{file} is not embedded");
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').Where(line => !line.TrimStart().StartsWith('#')));
    }

    private static string Simplified(string text) => string.Concat(text.Select(TraditionalChinese.Simplify));
}
