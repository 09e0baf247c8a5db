
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

    /// <summary>The naming rules the catalog was checked against (catalog/governance/naming.yaml, else the defaults).</summary>
    public NamingConventions Naming { get; init; } = NamingConventions.Default;

    /// <summary>Words for measures the catalog does not have (catalog/glossary/).</summary>
    public IReadOnlyList<UnsupportedTerm> UnsupportedTerms { get; init; } = [];

    private readonly DerivedCache<CatalogReach> reach = new(CatalogReach.Build, (r, c) => r.IsOf(c));
    private readonly DerivedCache<CatalogSignatures> signatures = new(CatalogSignatures.Build, (s, c) => s.IsOf(c));
    private readonly DerivedCache<CatalogFamilies> families = new(CatalogFamilies.Build, (f, c) => f.IsOf(c));

    /// <summary>What each metric reads, is built from, can be split by and is replaced by; worked out on first use.</summary>
    public CatalogReach Reach => reach.For(this);

    /// <summary>What each metric measures, in words a question can be read into; worked out on first use.</summary>
    public CatalogSignatures Signatures => signatures.For(this);

    /// <summary>The metrics of each family; worked out on first use.</summary>
    public CatalogFamilies Families => families.For(this);

    /// <summary>
    /// The one deprecation rule: the published metric that answers for a deprecated one (following
    /// replaced_by chains, safe against cycles), or null when there is none or the metric is not deprecated.
    /// </summary>
    public MetricDefinition? SuccessorOf(string metricId) => Reach.For(metricId)?.Successor;

    public MetricDefinition? FindMetric(string id) => Metrics.GetValueOrDefault(id);
    public DimensionDefinition? FindDimension(string id) => Dimensions.GetValueOrDefault(id);
    public SemanticModel? FindModel(string id) => Models.GetValueOrDefault(id);
}
