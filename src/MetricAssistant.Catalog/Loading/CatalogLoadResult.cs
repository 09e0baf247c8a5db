using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>The outcome of loading a catalog: the catalog only when there is no problem at all.</summary>
public sealed record CatalogLoadResult(SemanticCatalog? Catalog, IReadOnlyList<CatalogProblem> Problems)
{
    public bool Succeeded => Catalog is not null;

    /// <summary>What the start-up snapshot did, when the loader has one: read, or written and why the old one was not used.</summary>
    public CatalogSnapshotUse? Snapshot { get; init; }
}
