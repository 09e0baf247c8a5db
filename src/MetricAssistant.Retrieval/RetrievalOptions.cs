using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Retrieval;

/// <summary>
/// Metric retrieval (configuration section <c>Retrieval</c>; the embedding is <see cref="EmbeddingOptions"/> under
/// <c>Retrieval:Embedding</c>).
/// </summary>
public sealed class RetrievalOptions : IValidatableObject
{
    public const string Section = "Retrieval";

    /// <summary>"embedded" (default: in-process exact search, persisted under <see cref="IndexDirectory"/>) or "qdrant".</summary>
    [Required, RegularExpression("^(embedded|qdrant)$", ErrorMessage = "Retrieval:VectorStore must be embedded or qdrant.")]
    public string VectorStore { get; set; } = "embedded";

    /// <summary>Where the embedded store keeps its files; relative paths are taken from the repository root.</summary>
    [Required]
    public string IndexDirectory { get; set; } = "data/index";

    /// <summary>Qdrant's gRPC endpoint, e.g. http://localhost:6334 (required when VectorStore is qdrant).</summary>
    public string? QdrantUrl { get; set; }

    public string? QdrantApiKey { get; set; }

    /// <summary>Collections are named {prefix}_{catalog hash}_{embedding}.</summary>
    [Required, RegularExpression("^[a-z0-9_-]{1,64}$")]
    public string CollectionPrefix { get; set; } = "metric_docs";

    /// <summary>Dense hits below this cosine similarity are ignored; empty: 0.25 for hashing, 0 for models.</summary>
    [Range(-1.0, 1.0)]
    public float? MinDenseSimilarity { get; set; }

    /// <summary>Stop the build (instead of falling back to lexical retrieval) when the embedding provider or vector store fails.</summary>
    public bool FailOnDenseError { get; set; }

    /// <summary>Delete the embedded store's files of earlier catalog versions after a build.</summary>
    public bool PruneOldIndexes { get; set; } = true;

    /// <summary>Minutes before a lexical-only fallback tries the dense side again.</summary>
    [Range(1, 1440)]
    public int DenseRetryMinutes { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (VectorStore == "qdrant" && (string.IsNullOrWhiteSpace(QdrantUrl) || !Uri.TryCreate(QdrantUrl, UriKind.Absolute, out _)))
            yield return new ValidationResult("Retrieval:QdrantUrl (an absolute URL such as http://localhost:6334) is required when Retrieval:VectorStore is qdrant.", [nameof(QdrantUrl)]);
    }
}
