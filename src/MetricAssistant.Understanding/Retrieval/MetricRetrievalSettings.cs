namespace MetricAssistant.Understanding.Retrieval;

/// <summary>Tuning of <see cref="HybridMetricRetriever"/> and <see cref="CatalogIndexer"/>; the defaults are the tested ones.</summary>
public sealed record MetricRetrievalSettings
{
    /// <summary>The k of reciprocal-rank fusion: score = Σ 1/(k + rank).</summary>
    public int RrfK { get; init; } = 60;

    /// <summary>Metrics taken from each channel (lexical, dense) into fusion, at least; more when more are asked for.</summary>
    public int CandidatesPerChannel { get; init; } = 50;

    /// <summary>Vector hits asked of the store per search (several documents per metric); grown when <c>allow</c> rejects many.</summary>
    public int DenseDocumentsPerSearch { get; init; } = 200;

    /// <summary>Dense hits below this cosine similarity are ignored. Null: 0.25 for the hashing embedding, 0 for others.</summary>
    public float? MinDenseSimilarity { get; init; }

    /// <summary>
    /// Whether metric descriptions get vectors. Null: not for the hashing embedding (character n-grams of a long
    /// description add little beyond BM25 and would be most of the vectors), yes for embedding models.
    /// </summary>
    public bool? EmbedDescriptions { get; init; }

    /// <summary>Vector collections are named {prefix}_{catalog hash}_{embedding}.</summary>
    public string CollectionPrefix { get; init; } = "metric_docs";

    /// <summary>Texts per embedding request.</summary>
    public int EmbeddingBatchSize { get; init; } = 128;

    /// <summary>Points per vector store write.</summary>
    public int UpsertBatchSize { get; init; } = 2048;

    /// <summary>When false (default) a failing embedding provider or vector store leaves a lexical-only retriever (logged), when true the build fails.</summary>
    public bool FailOnDenseError { get; init; }
}
