using System.Text.RegularExpressions;
using MetricAssistant.Application.Execution;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>The onnx provider through <c>AddMetricRetrieval</c> and the embedded vector store, by configuration alone.</summary>
public sealed partial class OnnxRetrievalCompositionTests : IDisposable
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

    /// <summary>Every CJK character and lower-case Latin word of the catalog files: a vocabulary that covers its texts.</summary>
    private static IEnumerable<string> CatalogTokens() =>
        Directory.EnumerateFiles(Path.Combine(TestRepository.Root, "catalog"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Token().Matches(File.ReadAllText(f).ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[a-z]+")]
    private static partial Regex Token();

    [Fact]
    public async Task The_onnx_provider_is_configured_by_settings_alone_and_retrieval_answers_through_it()
    {
        var model = new TinyOnnxModel(TinyOnnxModel.Vocab(CatalogTokens()), width: 32);
        model.Write(Path.Combine(directory.Path, "models"), "encoder");
        await using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "onnx",
            ["Retrieval:Embedding:ModelPath"] = "models/encoder.onnx", // relative: from the repository root
            ["Retrieval:Embedding:VocabPath"] = "models/encoder.vocab.txt",
            ["Retrieval:Embedding:MaxTokens"] = "64",
        });
        var generator = Assert.IsType<OnnxEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(32, generator.Dimensions);

        var retriever = services.GetRequiredService<CatalogMetricRetriever>();
        var current = await retriever.CurrentAsync(CancellationToken.None);
        Assert.Null(current.Info.DenseError);
        Assert.True(current.DenseEnabled);
        Assert.Contains("_onnx32_", current.Info.VectorCollection);
        Assert.True(current.Info.EmbeddedDocuments > 0);
        var dense = await current.RetrieveDenseAsync("客单价", 3, null, CancellationToken.None);
        Assert.Equal(("aov", "客单价"), (dense[0].MetricId, dense[0].MatchedText));
        // Fused with BM25, the name is among the first: which is first depends on the tiny random encoder's weights, and those
        // move with the catalog's vocabulary (a glossary word added reorders its tokens), so the order is not this test's to pin.
        Assert.Contains("aov", (await retriever.RetrieveAsync("上个月客单价是多少", 3, null, CancellationToken.None)).Select(c => c.MetricId));
        Assert.Single(Directory.GetFiles(Path.Combine(directory.Path, "data", "index"), "*onnx32*.mavec"));
    }

    [Theory]
    [InlineData(null, "models/encoder.vocab.txt", "ModelPath (the .onnx model file) is required")]
    [InlineData("models/missing.onnx", "models/encoder.vocab.txt", "missing.onnx' does not exist")]
    [InlineData("models/encoder.onnx", "models/missing.txt", "missing.txt' does not exist")]
    [InlineData("models/encoder.vocab.txt", "models/encoder.vocab.txt", "must name an .onnx file")]
    [InlineData("models/encoder.onnx", null, "VocabPath (the model's vocab.txt) is required")]
    public void Missing_or_wrong_files_are_a_validation_error_naming_the_setting(string? modelPath, string? vocabPath, string message)
    {
        new TinyOnnxModel(TinyOnnxModel.Vocab("revenue"), 8).Write(Path.Combine(directory.Path, "models"), "encoder");
        using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "onnx",
            ["Retrieval:Embedding:ModelPath"] = modelPath,
            ["Retrieval:Embedding:VocabPath"] = vocabPath,
        });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmbeddingOptions>>().Value);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("Retrieval:Embedding:Pooling", "max", "Pooling must be mean or cls")]
    [InlineData("Retrieval:Embedding:Dimensions", "128", "Dimensions does not apply to the onnx provider")]
    [InlineData("Retrieval:Embedding:MaxTokens", "2", "MaxTokens")]
    public void Settings_the_model_cannot_honour_are_refused(string key, string value, string message)
    {
        new TinyOnnxModel(TinyOnnxModel.Vocab("revenue"), 8).Write(Path.Combine(directory.Path, "models"), "encoder");
        using var services = Services(new()
        {
            ["Retrieval:Embedding:Provider"] = "onnx",
            ["Retrieval:Embedding:ModelPath"] = "models/encoder.onnx",
            ["Retrieval:Embedding:VocabPath"] = "models/encoder.vocab.txt",
            [key] = value,
        });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmbeddingOptions>>().Value);
        Assert.Contains(message, error.Message);
    }
}
