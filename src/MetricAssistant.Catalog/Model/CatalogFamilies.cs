namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The metrics of each family (the variants of one business quantity: paid, ordered and net GMV), in id order,
/// whatever their status: worked out once per catalog, so a question or an answer about a variant does not walk
/// every metric of a large catalog to find its siblings.
/// </summary>
public sealed class CatalogFamilies
{
    private readonly IReadOnlyDictionary<string, MetricDefinition[]> members;
    // The definitions it was worked out from: a catalog copied with other definitions needs its own.
    private readonly object metricsSource;

    private CatalogFamilies(SemanticCatalog catalog)
    {
        metricsSource = catalog.Metrics;
        members = catalog.Metrics.Values.Where(m => m.Family is not null).GroupBy(m => m.Family!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every metric of <paramref name="family"/>, any status, in id order; none for no family.</summary>
    public IReadOnlyList<MetricDefinition> Of(string? family) => family is not null && members.TryGetValue(family, out var of) ? of : [];

    internal bool IsOf(SemanticCatalog catalog) => ReferenceEquals(metricsSource, catalog.Metrics);

    internal static CatalogFamilies Build(SemanticCatalog catalog) => new(catalog);
}
