using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>A published metric that retrieval ranks; its documents (and those of metrics it replaced) count for it.</summary>
internal sealed class MetricTarget(string id, bool official)
{
    public string Id { get; } = id;
    public bool Official { get; } = official;
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }

    /// <summary>The name in the language of what matched (a Chinese match shows the Chinese name), else the other, else the id.</summary>
    public string DisplayName(string matchedText) =>
        LanguageDetector.Of(matchedText) == "zh" ? NameZh ?? NameEn ?? Id : NameEn ?? NameZh ?? Id;
}
