using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>The current validated catalog; implementations may reload it when its files change.</summary>
public interface ICatalogProvider
{
    SemanticCatalog Current { get; }

    /// <summary>The catalog store's revision the current catalog was loaded at, when the catalog comes from a store (for the audit trail).</summary>
    long? Revision => null;
}
