using System.ClientModel;
using System.ClientModel.Primitives;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;

namespace MetricAssistant.Retrieval;

/// <summary>Makes the configured <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> from <see cref="EmbeddingOptions"/>.</summary>
public static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case "hashing":
                return new HashingEmbeddingGenerator(options.Dimensions ?? HashingEmbeddingGenerator.DefaultDimensions);

            case "openai":
            {
                var clientOptions = new OpenAIClientOptions();
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) clientOptions.Endpoint = new Uri(options.Endpoint);
                // OpenAI-compatible servers often need no key, but the client insists on one.
                var client = new EmbeddingClient(Required(options.Model, "Model"), new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey), clientOptions);
                return Describe(client.AsIEmbeddingGenerator(options.Dimensions), options, clientOptions.Endpoint);
            }

            case "azure-openai":
            {
                // Azure OpenAI's v1 API is OpenAI-compatible: the OpenAI client with the resource's /openai/v1/ endpoint and
                // the deployment name as the model. The key goes both as the bearer token (what the v1 API documents for
                // OpenAI clients) and as the api-key header (Azure's classic key header).
                var key = Required(options.ApiKey, "ApiKey");
                var endpoint = AzureV1Endpoint(Required(options.Endpoint, "Endpoint"));
                var clientOptions = new OpenAIClientOptions { Endpoint = endpoint };
                clientOptions.AddPolicy(new HeaderPolicy("api-key", key), PipelinePosition.PerCall);
                var client = new EmbeddingClient(Required(options.Model, "Model"), new ApiKeyCredential(key), clientOptions);
                return Describe(client.AsIEmbeddingGenerator(options.Dimensions), options, endpoint);
            }

            case OnnxEmbeddingGenerator.Provider:
                // reports its own metadata: the model file and a hash of model, vocabulary and settings
                return new OnnxEmbeddingGenerator(new OnnxEmbeddingSettings(
                    Required(options.ModelPath, "ModelPath"),
                    Required(options.VocabPath, "VocabPath"),
                    options.MaxTokens,
                    options.Pooling == "cls" ? OnnxPooling.Cls : OnnxPooling.Mean,
                    options.Normalize,
                    options.LowerCase));

            default:
                throw new InvalidOperationException($"unknown embedding provider '{options.Provider}' (hashing, openai, azure-openai or onnx)");
        }
    }

    /// <summary>https://NAME.openai.azure.com → https://NAME.openai.azure.com/openai/v1/ (kept as is when it already ends so).</summary>
    public static Uri AzureV1Endpoint(string endpoint)
    {
        var text = endpoint.TrimEnd('/');
        if (!text.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase)) text += "/openai/v1";
        return new Uri(text + "/");
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Retrieval:Embedding:{name} is required") : value;

    /// <summary>
    /// Reports the configured provider, endpoint host and model in the generator's metadata, so vector collections
    /// built with one endpoint or model are never mistaken for another's.
    /// </summary>
    private static IEmbeddingGenerator<string, Embedding<float>> Describe(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingOptions options, Uri? endpoint) =>
        new DescribedEmbeddingGenerator(inner, new EmbeddingGeneratorMetadata(options.Provider, endpoint,
            endpoint is null ? options.Model : $"{options.Model}@{endpoint.Host}", options.Dimensions));

    private sealed class HeaderPolicy(string name, string value) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }

    private sealed class DescribedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingGeneratorMetadata metadata)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public override object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata : base.GetService(serviceType, serviceKey);
    }
}
