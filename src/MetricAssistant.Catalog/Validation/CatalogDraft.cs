using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// Everything read from the files before validation, duplicates included, with the field-level source map
/// the rules use to point at lines.
/// </summary>
internal sealed class CatalogDraft(
    IReadOnlyList<SemanticModel> models,
    IReadOnlyList<DimensionDefinition> dimensions,
    IReadOnlyList<MetricDefinition> metrics,
    SourceMap sources)
{
    private readonly Dictionary<string, SemanticModel> modelsById = First(models, m => m.Id);
    private readonly Dictionary<string, DimensionDefinition> dimensionsById = First(dimensions, d => d.Id);
    private readonly Dictionary<string, MetricDefinition> metricsById = First(metrics, m => m.Id);

    public IReadOnlyList<SemanticModel> Models => models;
    public IReadOnlyList<DimensionDefinition> Dimensions => dimensions;
    public IReadOnlyList<MetricDefinition> Metrics => metrics;
    public SourceMap Sources => sources;

    /// <summary>The naming rules the draft is checked against (the catalog's naming document, else the defaults).</summary>
    public NamingConventions Naming { get; init; } = NamingConventions.Default;

    public SemanticModel? Model(string id) => modelsById.GetValueOrDefault(id);
    public DimensionDefinition? Dimension(string id) => dimensionsById.GetValueOrDefault(id);
    public MetricDefinition? Metric(string id) => metricsById.GetValueOrDefault(id);

    public bool IsInvalid(object owner) => sources.IsInvalid(owner);

    public SourceLocation Where(object owner, string field, SourceLocation fallback) => sources.Of(owner, field, fallback);

    public SemanticCatalog ToCatalog(string contentHash) => new(
        modelsById.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        dimensionsById.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        metricsById.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        contentHash) { Naming = Naming };

    // Duplicates are reported by a rule; lookups resolve to the first definition so other rules still run.
    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(id(item), item);
        return map;
    }
}
