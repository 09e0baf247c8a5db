using MetricAssistant.Infrastructure;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text.Segmentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval;

public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Metric retrieval: <see cref="RetrievalOptions"/> (section <c>Retrieval</c>) and <see cref="EmbeddingOptions"/>
    /// (section <c>Retrieval:Embedding</c>), validated on start; the configured
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (hashing by default); the <see cref="IVectorStore"/>
    /// (<c>Retrieval:VectorStore</c> = embedded, files under <c>Retrieval:IndexDirectory</c>, or qdrant at
    /// <c>Retrieval:QdrantUrl</c>); <see cref="ICatalogIndexer"/> (its document tokens cached in
    /// <c>Retrieval:IndexDirectory</c>, <see cref="FileDocumentTokenCache"/>); and <see cref="IMetricRetriever"/> as a singleton
    /// <see cref="CatalogMetricRetriever"/> built lazily from the registered <c>ICatalogProvider</c>. Needs
    /// <c>AddMetricAssistant</c> (catalog provider, repository root) as well.
    /// </summary>
    public static IServiceCollection AddMetricRetrieval(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetrievalOptions>().Bind(configuration.GetSection(RetrievalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.Section))
            .PostConfigure<IServiceProvider>((options, sp) => options.ResolvePaths(sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate()))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
            EmbeddingGeneratorFactory.Create(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.TryAddSingleton<IVectorStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            if (options.VectorStore == "qdrant") return new QdrantVectorStore(new Uri(options.QdrantUrl!), options.QdrantApiKey);
            var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
            return new EmbeddedVectorStore(root.Resolve(options.IndexDirectory), sp.GetService<ILogger<EmbeddedVectorStore>>());
        });
        services.TryAddSingleton<ICatalogIndexer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
            return new CatalogIndexer(
                sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
                sp.GetRequiredService<IVectorStore>(),
                new MetricRetrievalSettings
                {
                    CollectionPrefix = options.CollectionPrefix,
                    MinDenseSimilarity = options.MinDenseSimilarity,
                    FailOnDenseError = options.FailOnDenseError,
                },
                sp.GetService<ILogger<CatalogIndexer>>(),
                // the documents' tokens are kept beside the vectors (whichever vector store), so a restart does not segment them again
                new FileDocumentTokenCache(root.Resolve(options.IndexDirectory), sp.GetService<ILogger<FileDocumentTokenCache>>()),
                // and so are the catalog's words as taught to jieba, replayed instead of segmented one by one
                new JiebaWordSnapshot(root.Resolve(options.IndexDirectory), sp.GetService<ILogger<JiebaWordSnapshot>>()),
                // and the BM25 indexes built from those tokens, read instead of built (the tokens are then not read)
                new Bm25Snapshot(root.Resolve(options.IndexDirectory), sp.GetService<ILogger<Bm25Snapshot>>()));
        });
        services.TryAddSingleton<CatalogMetricRetriever>();
        services.TryAddSingleton<IMetricRetriever>(sp => sp.GetRequiredService<CatalogMetricRetriever>());
        return services;
    }
}
