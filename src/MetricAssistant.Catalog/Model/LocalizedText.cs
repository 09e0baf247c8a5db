namespace MetricAssistant.Catalog.Model;

/// <summary>A text in the two languages the product speaks.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}
