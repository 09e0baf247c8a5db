using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Planner.Llm;

/// <summary>
/// Which planner reads questions (configuration section <c>Planner</c>): <c>rules</c> (default, offline) or
/// <c>llm</c>: a chat model through Semantic Kernel, <see cref="Provider"/> <c>openai</c> (the OpenAI API or any
/// OpenAI-compatible <see cref="Endpoint"/>) or <c>azure-openai</c> (<see cref="Endpoint"/> the resource,
/// <see cref="Model"/> the deployment). The model only picks catalog ids; a reply that names anything the
/// catalog lacks, or no reply within <see cref="TimeoutSeconds"/>, falls back to the rules.
/// </summary>
public sealed class PlannerOptions : IValidatableObject
{
    public const string Section = "Planner";

    [Required, RegularExpression("^(rules|llm)$", ErrorMessage = "Planner:Kind must be rules or llm.")]
    public string Kind { get; set; } = "rules";

    [RegularExpression("^(openai|azure-openai)$", ErrorMessage = "Planner:Provider must be openai or azure-openai.")]
    public string Provider { get; set; } = "openai";

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Metrics offered to the model: the retriever's best candidates the asker may see.</summary>
    [Range(1, 50)]
    public int MaxCandidates { get; set; } = 8;

    /// <summary>Where the prompt files are (relative to the repository root).</summary>
    public string PromptDirectory { get; set; } = "prompts";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind != "llm") yield break;
        if (string.IsNullOrWhiteSpace(Model)) yield return new ValidationResult("Planner:Model (the model or Azure deployment name) is required for the llm planner.", [nameof(Model)]);
        if (Endpoint is { Length: > 0 } && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
            yield return new ValidationResult("Planner:Endpoint must be an absolute URL.", [nameof(Endpoint)]);
        if (Provider == "azure-openai" && (string.IsNullOrWhiteSpace(Endpoint) || string.IsNullOrWhiteSpace(ApiKey)))
            yield return new ValidationResult("Planner:Endpoint and Planner:ApiKey are required for the azure-openai provider.", [nameof(Endpoint)]);
        if (Provider == "openai" && string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
            yield return new ValidationResult("Planner:ApiKey is required for the openai provider (unless Endpoint names an OpenAI-compatible server).", [nameof(ApiKey)]);
    }
}
