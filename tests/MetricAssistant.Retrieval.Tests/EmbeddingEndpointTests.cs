using MetricAssistant.Application.Execution;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>The openai and azure-openai providers, configured by settings alone, against a real HTTP server on loopback.</summary>
public sealed class EmbeddingEndpointTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new RepositoryRoot(directory.Path));
        services.AddSingleton<ICatalogProvider>(new SwitchableCatalogProvider(TestRepository.Catalog));
        services.AddMetricRetrieval(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static void Close(float[] expected, ReadOnlyMemory<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual.Span[k], 6);
    }

    /// <summary>Builds the index through the endpoint and asks a question the dense side alone must answer.</summary>
    private static async Task AssertRetrievalWorksAsync(ServiceProvider services, string provider)
    {
        var retriever = services.GetRequiredService<CatalogMetricRetriever>();
        var current = await retriever.CurrentAsync(CancellationToken.None);
        Assert.Null(current.Info.DenseError);
        Assert.True(current.DenseEnabled);
        Assert.Contains("_" + provider.Replace("-", "", StringComparison.Ordinal), current.Info.VectorCollection!.Replace("-", "", StringComparison.Ordinal));
        Assert.True(current.Info.EmbeddedDocuments > 0);
        Assert.Equal("aov", (await current.RetrieveDenseAsync("平均客单价", 3, null, CancellationToken.None)).First().MetricId);
        Assert.Equal("aov", (await retriever.RetrieveAsync("上个月客单价是多少", 3, null, CancellationToken.None)).First().MetricId);
    }

    [Fact]
    public async Task The_openai_provider_sends_model_inputs_dimensions_and_bearer_key_and_retrieval_works_through_it()
    {
        await using var server = await OpenAiCompatibleTestServer.StartAsync("/v1/embeddings", CancellationToken.None);
        await using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "openai",
            ["Retrieval:Embedding:Endpoint"] = new Uri(server.Address, "v1").ToString(),
            ["Retrieval:Embedding:Model"] = "text-embedding-3-small",
            ["Retrieval:Embedding:ApiKey"] = "sk-test-123",
            ["Retrieval:Embedding:Dimensions"] = "256",
        });
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embeddings = await generator.GenerateAsync(["客单价", "revenue by channel"]);
        Close(OpenAiCompatibleTestServer.VectorOf("客单价", 256), embeddings[0].Vector);
        Close(OpenAiCompatibleTestServer.VectorOf("revenue by channel", 256), embeddings[1].Vector);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("text-embedding-3-small", request.Model);
        Assert.Equal(["客单价", "revenue by channel"], request.Inputs);
        Assert.Equal(256, request.Dimensions);
        Assert.Equal("Bearer sk-test-123", request.Authorization);

        await AssertRetrievalWorksAsync(services, "openai");
        Assert.All(server.Requests, r => Assert.Equal(("text-embedding-3-small", 256), (r.Model, r.Dimensions)));
    }

    [Fact]
    public async Task The_azure_openai_provider_calls_the_resource_v1_path_with_the_api_key_header_and_retrieval_works_through_it()
    {
        await using var server = await OpenAiCompatibleTestServer.StartAsync("/openai/v1/embeddings", CancellationToken.None);
        await using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "azure-openai",
            ["Retrieval:Embedding:Endpoint"] = server.Address.ToString(), // the resource root, as the Azure portal shows it
            ["Retrieval:Embedding:ApiKey"] = "azure-key-456",
            ["Retrieval:Embedding:Model"] = "my-embedding-deployment",
        });
        var generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embedding = (await generator.GenerateAsync(["销售额"]))[0];
        Close(OpenAiCompatibleTestServer.VectorOf("销售额", OpenAiCompatibleTestServer.DefaultDimensions), embedding.Vector);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/v1/embeddings", request.Path);
        Assert.Equal("my-embedding-deployment", request.Model);
        Assert.Equal("azure-key-456", request.ApiKey);
        Assert.Null(request.Dimensions);

        await AssertRetrievalWorksAsync(services, "azure-openai");
        Assert.All(server.Requests, r => Assert.Equal(("my-embedding-deployment", "azure-key-456"), (r.Model, r.ApiKey)));
    }
}
