namespace MetricAssistant.Catalog.Model;

/// <summary>The whole governed catalog, validated. <see cref="ContentHash"/> changes whenever any definition does.</summary>
public sealed record SemanticCatalog(
    IReadOnlyDictionary<string, SemanticModel> Models,
    IReadOnlyDictionary<string, DimensionDefinition> Dimensions,
    IReadOnlyDictionary<string, MetricDefinition> Metrics,
    string ContentHash)
{
    /// <summary>Words that need a clarification among several metrics (catalog/glossary/).</summary>
    public IReadOnlyList<AmbiguousTerm> AmbiguousTerms { get; init; } = [];

    /// <summary>Roles, row rules and named users (catalog/access/).</summary>
    public AccessPolicy Access { get; init; } = AccessPolicy.Empty;

    /// <summary>Words for measures the catalog does not have (catalog/glossary/).</summary>
    public IReadOnlyList<UnsupportedTerm> UnsupportedTerms { get; init; } = [];

    public MetricDefinition? FindMetric(string id) => Metrics.GetValueOrDefault(id);
    public DimensionDefinition? FindDimension(string id) => Dimensions.GetValueOrDefault(id);
    public SemanticModel? FindModel(string id) => Models.GetValueOrDefault(id);
}
