using System.Text;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Examples;

/// <summary>
/// The wording of a question with what every question reads for itself masked out: time expressions,
/// dimension values and dimension words are removed, then everything but letters and digits, so
/// "上个月华东的进账" and "本周华南的进账" share the key "的进账". Metric words and every other word stay.
/// </summary>
public sealed class ExampleKeys(CatalogLexicon lexicon, ITimeResolver time)
{
    /// <summary>Masking needs where time expressions are, not what they mean: any fixed day serves.</summary>
    private static readonly DateTime Reference = new(2025, 1, 15);

    /// <summary>Shorter keys ("的") say too little to stand for a question.</summary>
    public const int MinLength = 2;

    /// <summary>The key of a question as typed.</summary>
    public string Of(string question)
    {
        var text = TextNormalizer.Normalize(question);
        return Of(text, time.Resolve(text, Reference).Mentions);
    }

    /// <summary>The key of a normalised question whose time expressions are already found.</summary>
    public string Of(string text, IReadOnlyList<TimeMention> mentions) => Of(text, mentions, LexiconScanner.Scan(lexicon, text, Masked(text, mentions)));

    /// <summary>The key of a normalised question whose time expressions and catalog terms the reader has already found (no second scan).</summary>
    public string Of(string text, IReadOnlyList<TimeMention> mentions, IReadOnlyList<TermMatch> terms)
    {
        var masked = Masked(text, mentions);
        foreach (var match in terms)
            if (match.Entries.All(e => e.Kind is TermKind.DimensionValue or TermKind.Dimension))
                Array.Fill(masked, true, match.Start, match.Length);
        var key = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            if (!masked[i] && char.IsLetterOrDigit(text[i])) key.Append(char.ToLowerInvariant(text[i]));
        return key.ToString();
    }

    private static bool[] Masked(string text, IReadOnlyList<TimeMention> mentions)
    {
        var masked = new bool[text.Length];
        foreach (var mention in mentions)
        {
            var start = Math.Clamp(mention.Start, 0, text.Length);
            Array.Fill(masked, true, start, Math.Min(mention.Length, text.Length - start));
        }
        return masked;
    }
}
