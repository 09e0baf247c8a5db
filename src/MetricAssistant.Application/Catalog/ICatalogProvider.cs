using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>The current validated catalog; implementations may reload it when its files change.</summary>
public interface ICatalogProvider
{
    SemanticCatalog Current { get; }
}
