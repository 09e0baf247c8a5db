using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>The outcome of loading a catalog: the catalog only when there is no problem at all.</summary>
public sealed record CatalogLoadResult(SemanticCatalog? Catalog, IReadOnlyList<CatalogProblem> Problems)
{
    public bool Succeeded => Catalog is not null;
}
