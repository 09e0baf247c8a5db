using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.AI;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>The hashing embedding, counting the texts it embeds.</summary>
public sealed class CountingEmbeddingGenerator(int dimensions = HashingEmbeddingGenerator.DefaultDimensions)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(new HashingEmbeddingGenerator(dimensions))
{
    private int embedded;

    public int Embedded => embedded;

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        Interlocked.Add(ref embedded, list.Count);
        return base.GenerateAsync(list, options, cancellationToken);
    }
}

public static class TestCatalogs
{
    /// <summary>The real catalog with one more synonym for aov: same content otherwise, another content hash.</summary>
    public static SemanticCatalog WithExtraAovSynonym(string synonym)
    {
        var root = System.IO.Path.Combine(TestRepository.Root, "catalog");
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (path: "catalog/" + System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'), yaml: File.ReadAllText(f)))
            .Select(f => f.path.EndsWith("/aov.yaml", StringComparison.Ordinal) ? (f.path, f.yaml.Replace("synonyms: [AOV,", $"synonyms: [{synonym}, AOV,", StringComparison.Ordinal)) : f)
            .ToList();
        var result = new CatalogLoader().LoadFromText(files);
        return result.Catalog ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }
}
