namespace MetricAssistant.Understanding.Text;

/// <summary>
/// The one rule for the language of a text, used by the understanding, the search box and the Teams bot:
/// Chinese when it has a CJK ideograph; English when it has other letters; otherwise (digits, emoji,
/// punctuation only) the sender's locale decides (zh-CN → zh), else English.
/// </summary>
public static class LanguageDetector
{
    public static string Of(string text, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Any(TextNormalizer.IsCjk)) return "zh";
        if (text.Any(char.IsLetter)) return "en";
        return locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? "zh" : "en";
    }
}
