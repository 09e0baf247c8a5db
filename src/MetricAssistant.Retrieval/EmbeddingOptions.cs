using System.ComponentModel.DataAnnotations;
using MetricAssistant.Infrastructure;

namespace MetricAssistant.Retrieval;

/// <summary>
/// Which embedding generator dense retrieval uses (configuration section <c>Retrieval:Embedding</c>):
/// <list type="bullet">
/// <item><c>hashing</c> (default): offline feature hashing, no model; <see cref="Dimensions"/> default 4096 (fewer for Qdrant with very large catalogs: it stores vectors dense).</item>
/// <item><c>openai</c>: the OpenAI API or any OpenAI-compatible endpoint (<see cref="Endpoint"/>, e.g.
/// http://localhost:8000/v1); <see cref="Model"/> required; <see cref="ApiKey"/> required unless an endpoint is given.</item>
/// <item><c>azure-openai</c>: an Azure OpenAI resource through its OpenAI-compatible v1 API:
/// <see cref="Endpoint"/> (https://NAME.openai.azure.com, "/openai/v1/" is appended when missing), <see cref="ApiKey"/>
/// (sent as the api-key header) and <see cref="Model"/> (the deployment name) required.</item>
/// <item><c>onnx</c>: a BERT-style sentence-embedding model exported to ONNX, run in process: <see cref="ModelPath"/>
/// (the .onnx file) and <see cref="VocabPath"/> (its vocab.txt) required, relative paths from the repository root;
/// <see cref="MaxTokens"/>, <see cref="Pooling"/>, <see cref="Normalize"/> and <see cref="LowerCase"/> optional.</item>
/// </list>
/// <see cref="Dimensions"/> for the API providers is optional: when set it is requested from the model (text-embedding-3-*).
/// </summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    public const string Section = "Retrieval:Embedding";

    [Required, RegularExpression("^(hashing|openai|azure-openai|onnx)$", ErrorMessage = "Retrieval:Embedding:Provider must be hashing, openai, azure-openai or onnx.")]
    public string Provider { get; set; } = "hashing";

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    [Range(16, 65536)]
    public int? Dimensions { get; set; }

    /// <summary>onnx: the model file (.onnx).</summary>
    public string? ModelPath { get; set; }

    /// <summary>onnx: the model's WordPiece vocabulary (vocab.txt).</summary>
    public string? VocabPath { get; set; }

    /// <summary>onnx: longest input in tokens, [CLS] and [SEP] included.</summary>
    [Range(8, 8192)]
    public int MaxTokens { get; set; } = OnnxEmbeddingSettings.DefaultMaxTokens;

    /// <summary>onnx: mean (of the token vectors under the attention mask) or cls (the first token's vector).</summary>
    [Required, RegularExpression("^(mean|cls)$", ErrorMessage = "Retrieval:Embedding:Pooling must be mean or cls.")]
    public string Pooling { get; set; } = "mean";

    /// <summary>onnx: L2-normalise the vectors.</summary>
    public bool Normalize { get; set; } = true;

    /// <summary>onnx: lower-case text before tokenising (uncased models); false for cased models.</summary>
    public bool LowerCase { get; set; } = true;

    /// <summary>Takes relative <see cref="ModelPath"/> and <see cref="VocabPath"/> from the repository root.</summary>
    public void ResolvePaths(RepositoryRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!string.IsNullOrWhiteSpace(ModelPath)) ModelPath = root.Resolve(ModelPath);
        if (!string.IsNullOrWhiteSpace(VocabPath)) VocabPath = root.Resolve(VocabPath);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is { Length: > 0 } && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
            yield return new ValidationResult("Retrieval:Embedding:Endpoint must be an absolute URL.", [nameof(Endpoint)]);
        switch (Provider)
        {
            case "openai":
                if (string.IsNullOrWhiteSpace(Model)) yield return new ValidationResult("Retrieval:Embedding:Model is required for the openai provider.", [nameof(Model)]);
                if (string.IsNullOrWhiteSpace(ApiKey) && string.IsNullOrWhiteSpace(Endpoint))
                    yield return new ValidationResult("Retrieval:Embedding:ApiKey is required for the openai provider (unless Endpoint points at an OpenAI-compatible server).", [nameof(ApiKey)]);
                break;
            case "azure-openai":
                if (string.IsNullOrWhiteSpace(Endpoint)) yield return new ValidationResult("Retrieval:Embedding:Endpoint is required for the azure-openai provider.", [nameof(Endpoint)]);
                if (string.IsNullOrWhiteSpace(ApiKey)) yield return new ValidationResult("Retrieval:Embedding:ApiKey is required for the azure-openai provider.", [nameof(ApiKey)]);
                if (string.IsNullOrWhiteSpace(Model)) yield return new ValidationResult("Retrieval:Embedding:Model (the deployment name) is required for the azure-openai provider.", [nameof(Model)]);
                break;
            case "onnx":
                if (RequiredFile(ModelPath, nameof(ModelPath), "the .onnx model file") is { } model) yield return model;
                else if (!ModelPath!.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
                    yield return new ValidationResult($"Retrieval:Embedding:ModelPath must name an .onnx file, not '{ModelPath}'.", [nameof(ModelPath)]);
                if (RequiredFile(VocabPath, nameof(VocabPath), "the model's vocab.txt") is { } vocab) yield return vocab;
                if (Dimensions is not null)
                    yield return new ValidationResult("Retrieval:Embedding:Dimensions does not apply to the onnx provider: the model decides its width.", [nameof(Dimensions)]);
                break;
        }
    }

    private static ValidationResult? RequiredFile(string? path, string name, string what) =>
        string.IsNullOrWhiteSpace(path) ? new ValidationResult($"Retrieval:Embedding:{name} ({what}) is required for the onnx provider.", [name])
        : !File.Exists(path) ? new ValidationResult($"Retrieval:Embedding:{name}: {what} '{path}' does not exist.", [name])
        : null;
}
