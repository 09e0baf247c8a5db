using MetricAssistant.Application.Execution;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval.Tests;

public sealed class RetrievalCompositionTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private ServiceProvider Services(Dictionary<string, string?> settings, ICatalogProvider? catalogs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(new RepositoryRoot(directory.Path));
        services.AddSingleton(catalogs ?? new SwitchableCatalogProvider(TestRepository.Catalog));
        services.AddMetricRetrieval(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_default_configuration_gives_hashing_embeddings_an_embedded_store_and_a_working_retriever()
    {
        await using var services = Services([]);
        Assert.IsType<HashingEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        var store = Assert.IsType<EmbeddedVectorStore>(services.GetRequiredService<IVectorStore>());
        Assert.Equal(Path.Combine(directory.Path, "data", "index"), store.Directory);

        var retriever = services.GetRequiredService<IMetricRetriever>();
        Assert.Equal("aov", (await retriever.RetrieveAsync("上个月客单价是多少", 3, null, CancellationToken.None)).First().MetricId);
        Assert.Equal("aov", (await retriever.SuggestAsync("客单", 3, null, CancellationToken.None)).First().MetricId);
        Assert.Single(Directory.GetFiles(store.Directory!, "*.mavec"));
    }

    [Theory]
    [InlineData("Retrieval:VectorStore", "qdrant")]
    [InlineData("Retrieval:VectorStore", "faiss")]
    [InlineData("Retrieval:Embedding:Provider", "openai")]
    [InlineData("Retrieval:Embedding:Provider", "azure-openai")]
    [InlineData("Retrieval:Embedding:Provider", "onnx")]
    [InlineData("Retrieval:Embedding:Dimensions", "3")]
    public void Incomplete_configuration_is_refused(string key, string value)
    {
        using var services = Services(new() { [key] = value });
        Assert.ThrowsAny<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            _ = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        });
    }

    [Fact]
    public void An_openai_compatible_endpoint_is_configured_by_settings_alone()
    {
        using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "openai",
            ["Retrieval:Embedding:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Retrieval:Embedding:Model"] = "text-embedding-3-small",
            ["Retrieval:Embedding:Dimensions"] = "512",
        });
        var metadata = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal(("openai", "text-embedding-3-small@127.0.0.1", 512), (metadata?.ProviderName, metadata?.DefaultModelId, metadata?.DefaultModelDimensions));
    }

    [Fact]
    public void Azure_openai_uses_the_resource_v1_endpoint()
    {
        using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "azure-openai",
            ["Retrieval:Embedding:Endpoint"] = "https://contoso.openai.azure.com/",
            ["Retrieval:Embedding:ApiKey"] = "key",
            ["Retrieval:Embedding:Model"] = "embeddings-deployment",
        });
        var metadata = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal("azure-openai", metadata?.ProviderName);
        Assert.Equal("https://contoso.openai.azure.com/openai/v1/", metadata?.ProviderUri?.ToString());
        Assert.Equal(new Uri("https://x.openai.azure.com/openai/v1/"), EmbeddingGeneratorFactory.AzureV1Endpoint("https://x.openai.azure.com/openai/v1"));
    }

    [Fact]
    public async Task An_unreachable_embedding_endpoint_degrades_to_lexical_retrieval()
    {
        using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "openai",
            ["Retrieval:Embedding:Endpoint"] = "http://127.0.0.1:9/v1", // discard port: nothing listens
            ["Retrieval:Embedding:Model"] = "m",
        });
        var retriever = services.GetRequiredService<CatalogMetricRetriever>();
        var current = await retriever.CurrentAsync(CancellationToken.None);
        Assert.False(current.DenseEnabled);
        Assert.NotNull(current.Info.DenseError);
        Assert.Equal("aov", (await retriever.RetrieveAsync("客单价", 3, null, CancellationToken.None)).First().MetricId);
    }

    [Fact]
    public async Task The_service_retriever_follows_catalog_changes_and_prunes_old_index_files()
    {
        var catalogs = new SwitchableCatalogProvider(TestRepository.Catalog);
        using var services = Services([], catalogs);
        var retriever = services.GetRequiredService<CatalogMetricRetriever>();
        var first = await retriever.CurrentAsync(CancellationToken.None);
        Assert.Same(first, await retriever.CurrentAsync(CancellationToken.None));
        // the first build leaves the completion index to the start-up; a rebuild has it ready before it serves
        Assert.False(first.SuggestionsPrepared);

        catalogs.Current = TestCatalogs.WithExtraAovSynonym("客单均值");
        HybridMetricRetriever? next = null;
        for (var i = 0; i < 200 && (next is null || next.CatalogHash != catalogs.Current.ContentHash); i++)
        {
            next = await retriever.CurrentAsync(CancellationToken.None);
            if (next.CatalogHash != catalogs.Current.ContentHash) await Task.Delay(25);
        }
        Assert.Equal(catalogs.Current.ContentHash, next!.CatalogHash);
        Assert.True(next.SuggestionsPrepared);
        Assert.Equal("aov", (await retriever.RetrieveAsync("客单均值", 3, null, CancellationToken.None)).First().MetricId);
        var files = Directory.GetFiles(Path.Combine(directory.Path, "data", "index"), "*.mavec");
        Assert.Equal(next.Info.VectorCollection + EmbeddedVectorStore.FileExtension, Path.GetFileName(Assert.Single(files)));
    }
}
