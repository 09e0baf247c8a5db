using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>Builds a retriever for a catalog: documents, segmentation dictionary, lexical index, suggestions and dense vectors.</summary>
public interface ICatalogIndexer
{
    Task<HybridMetricRetriever> BuildAsync(SemanticCatalog catalog, CancellationToken cancellationToken);
}
