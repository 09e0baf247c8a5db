using MetricAssistant.Application.Catalog;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>A catalog provider whose catalog a test can swap.</summary>
public sealed class SwitchableCatalogProvider(SemanticCatalog catalog) : ICatalogProvider
{
    public SemanticCatalog Current { get; set; } = catalog;
}
