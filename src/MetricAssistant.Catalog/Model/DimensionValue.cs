namespace MetricAssistant.Catalog.Model;

public sealed record DimensionValue(string Code, LocalizedText Name, IReadOnlyList<string> Synonyms);
