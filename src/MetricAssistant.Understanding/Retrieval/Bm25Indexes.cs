namespace MetricAssistant.Understanding.Retrieval;

/// <summary>The retriever's BM25 indexes: over the metric documents that lead to a target, and over the dimension documents.</summary>
internal sealed record Bm25Indexes(Bm25Index Metrics, Bm25Index Dimensions);
