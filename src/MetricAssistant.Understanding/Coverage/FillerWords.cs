using System.Reflection;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Coverage;

/// <summary>
/// The words of filler-words.txt (embedded): Chinese ones are taken out of a leftover wherever they stand,
/// longest first; Latin ones only as whole words.
/// </summary>
public sealed class FillerWords
{
    private readonly HashSet<string> chinese;
    private readonly HashSet<string> latin;
    private readonly int longestChinese;

    public FillerWords(IEnumerable<string> words)
    {
        var all = words.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).ToArray();
        chinese = all.Where(w => w.Any(TextNormalizer.IsCjk)).ToHashSet(StringComparer.Ordinal);
        latin = all.Where(w => !w.Any(TextNormalizer.IsCjk)).ToHashSet(StringComparer.Ordinal);
        longestChinese = chinese.Count == 0 ? 0 : chinese.Max(w => w.Length);
    }

    private static readonly Lazy<FillerWords> Embedded = new(Load);

    /// <summary>The project's list (immutable once read).</summary>
    public static FillerWords Default => Embedded.Value;

    public bool IsLatinFiller(string word) => latin.Contains(word);

    /// <summary>The Chinese text with every filler word blanked, longest match first from the left.</summary>
    public string BlankChinese(string text)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            var taken = 0;
            for (var length = Math.Min(longestChinese, chars.Length - i); length > 0 && taken == 0; length--)
                if (chinese.Contains(new string(chars, i, length))) taken = length;
            if (taken > 0) Array.Fill(chars, ' ', i, taken);
            i += Math.Max(taken, 1);
        }
        return new string(chars);
    }

    private static FillerWords Load()
    {
        var assembly = typeof(FillerWords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("filler-words.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("filler-words.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = reader.ReadToEnd().Split('\n')
            .Where(line => !line.TrimStart().StartsWith('#'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new FillerWords(words);
    }
}
