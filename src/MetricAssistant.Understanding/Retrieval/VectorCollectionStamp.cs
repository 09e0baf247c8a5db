namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Who built a vector collection: the embedding (provider, model, dimensions, document scheme) and the catalog
/// (content hash). A store that records it never hands back vectors of another embedding or catalog under the
/// same name: such a collection counts as missing and is rebuilt.
/// </summary>
public sealed record VectorCollectionStamp(string Embedder, string CatalogFingerprint);
