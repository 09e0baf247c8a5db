namespace MetricAssistant.Catalog.Model;

public sealed record DimensionValue(string Code, LocalizedText Name, IReadOnlyList<string> Synonyms)
{
    /// <summary>The values of coarser dimensions this value lies inside (the catalog file's <c>within:</c>).</summary>
    public IReadOnlyList<ValueWithin> Within { get; init; } = [];
}
