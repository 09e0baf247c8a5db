using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// A Singapore / Malaysian English question tag at the end of a question ("can show me last month refund rate or not",
/// "got refunds last week or not", "can or not lah"): it asks, it negates nothing, so it is read away. "can or not" / "got or not"
/// always tags; a bare "or not" tags a clause with no comma or "whether" before it, since ", paid or not" and "whether … or not"
/// say a state counted either way. Text is normalised (lower case).
/// </summary>
public static partial class SinglishQuestionTag
{
    /// <summary>The text without its closing question tag; the same string when there is none.</summary>
    public static string Read(string text)
    {
        if (!text.Contains("or not", StringComparison.Ordinal)) return text;
        if (AlwaysTag().Match(text) is { Success: true } always) return text[..always.Index] + always.Groups["end"].Value;
        return BareTag().Match(text) is { Success: true } bare && !EitherWay().IsMatch(text[..bare.Index])
            ? text[..bare.Index] + bare.Groups["end"].Value
            : text;
    }

    [GeneratedRegex(@"\s*,?\s*(?<![a-z0-9])(can|got|is it|are you|can you|have|has)\s+or\s+not(?<end>\s*[?!.]*\s*((lah|leh|lor|ah|hor|one)(?![a-z])\s*)?[?!.]*\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysTag();

    [GeneratedRegex(@"(?<![,\s])\s+or\s+not(?<end>\s*[?!.]*\s*((lah|leh|lor|ah|hor|one)(?![a-z])\s*)?[?!.]*\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareTag();

    // ", paid or not", "whether it got paid or not": a state named either way, no tag.
    [GeneratedRegex(@"[,;:]|(?<![a-z])whether(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex EitherWay();
}
