using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Answers;

/// <summary>Builds answers in the contract's shape, with the definition and a message in the asker's language.</summary>
public static class AnswerFactory
{
    public static Answer Invalid(ErrorDto error, string? question = null, TimingsDto? timings = null) => new()
    {
        Status = AnswerStatus.Invalid,
        Question = question,
        Message = error.Message,
        Error = error,
        Timings = timings ?? new TimingsDto(0, 0, 0, 0),
    };

    /// <summary>A refusal: the reason and nothing else — no SQL, no rows, no value.</summary>
    public static Answer Denied(Security.AccessDecision decision, TimingsDto timings, string? question = null) => new()
    {
        Status = AnswerStatus.Denied,
        Question = question,
        Message = decision.DenialMessage,
        Error = new ErrorDto(decision.DenialCode ?? "denied", decision.DenialMessage ?? "", []),
        Timings = timings,
    };

    public static MetricRefDto Reference(MetricDefinition metric, string language) =>
        new(metric.Id, metric.Name.For(language), metric.Version, metric.Owner.For(language), metric.Official, MetricStatusName.Of(metric.Status));

    public static IReadOnlyList<AlternativeDto> Variants(SemanticCatalog catalog, MetricDefinition metric, string language) =>
        metric.Family is null
            ? []
            : catalog.Metrics.Values
                .Where(m => m.Family == metric.Family && m.Id != metric.Id && m.IsPublished)
                .OrderBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => new AlternativeDto(m.Id, m.Name.For(language)))
                .ToArray();
}
