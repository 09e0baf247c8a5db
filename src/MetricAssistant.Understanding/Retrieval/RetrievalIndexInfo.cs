namespace MetricAssistant.Understanding.Retrieval;

/// <summary>What a build of the retrieval index did: sizes, whether stored vectors were reused, and timings.</summary>
public sealed record RetrievalIndexInfo(
    string CatalogHash,
    int Documents,
    int MetricDocuments,
    int PublishedMetrics,
    int LexicalTerms,
    long LexicalPostings,
    string? VectorCollection,
    bool DenseEnabled,
    bool DenseReused,
    int EmbeddedDocuments,
    string? DenseError,
    TimeSpan TokenizeTime,
    TimeSpan LexicalTime,
    TimeSpan DenseTime,
    TimeSpan TotalTime)
{
    /// <summary>Whether the documents' tokens came from an <see cref="IDocumentTokenCache"/> instead of being segmented again.</summary>
    public bool TokensReused { get; init; }

    /// <summary>Whether the BM25 indexes were read from a <see cref="Bm25Snapshot"/> (then no tokens were read or segmented, and <see cref="TokenizeTime"/> is the read).</summary>
    public bool Bm25Reused { get; init; }
}
