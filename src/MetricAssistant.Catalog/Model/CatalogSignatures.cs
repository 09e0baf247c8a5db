namespace MetricAssistant.Catalog.Model;

/// <summary>The <see cref="MetricSignature"/> of every metric of one catalog, worked out once from the definitions.</summary>
public sealed class CatalogSignatures
{
    private readonly IReadOnlyDictionary<string, MetricSignature> signatures;
    private readonly object metricsSource;

    private CatalogSignatures(SemanticCatalog catalog, IReadOnlyDictionary<string, MetricSignature> signatures)
    {
        metricsSource = catalog.Metrics;
        this.signatures = signatures;
    }

    public IReadOnlyCollection<MetricSignature> All => (IReadOnlyCollection<MetricSignature>)signatures.Values;

    public MetricSignature? For(string metricId) => signatures.GetValueOrDefault(metricId);

    internal bool IsOf(SemanticCatalog catalog) => ReferenceEquals(metricsSource, catalog.Metrics);

    internal static CatalogSignatures Build(SemanticCatalog catalog)
    {
        var builder = new SignatureBuilder(catalog);
        return new(catalog, catalog.Metrics.Values.ToDictionary(m => m.Id, builder.Of, StringComparer.Ordinal));
    }
}
