namespace MetricAssistant.Catalog.Model;

/// <summary>A conformed dimension: one meaning and one set of codes across every model that binds it.</summary>
public sealed record DimensionDefinition(
    string Id,
    LocalizedText Name,
    IReadOnlyList<string> Synonyms,
    ColumnType CodeType,
    IReadOnlyList<DimensionValue> Values,
    SourceLocation Source)
{
    public DimensionValue? FindValue(string code) => Values.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));
}
