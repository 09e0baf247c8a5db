using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Retrieval;

/// <summary>
/// Which embedding generator dense retrieval uses (configuration section <c>Retrieval:Embedding</c>):
/// <list type="bullet">
/// <item><c>hashing</c> (default): offline feature hashing, no model; <see cref="Dimensions"/> default 4096 (fewer for Qdrant with very large catalogs: it stores vectors dense).</item>
/// <item><c>openai</c>: the OpenAI API or any OpenAI-compatible endpoint (<see cref="Endpoint"/>, e.g.
/// http://localhost:8000/v1); <see cref="Model"/> required; <see cref="ApiKey"/> required unless an endpoint is given.</item>
/// <item><c>azure-openai</c>: an Azure OpenAI resource through its OpenAI-compatible v1 API:
/// <see cref="Endpoint"/> (https://NAME.openai.azure.com, "/openai/v1/" is appended when missing), <see cref="ApiKey"/>
/// (sent as the api-key header) and <see cref="Model"/> (the deployment name) required.</item>
/// </list>
/// <see cref="Dimensions"/> for the API providers is optional: when set it is requested from the model (text-embedding-3-*).
/// </summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    public const string Section = "Retrieval:Embedding";

    [Required, RegularExpression("^(hashing|openai|azure-openai)$", ErrorMessage = "Retrieval:Embedding:Provider must be hashing, openai or azure-openai.")]
    public string Provider { get; set; } = "hashing";

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    [Range(16, 65536)]
    public int? Dimensions { get; set; }

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
        }
    }
}
