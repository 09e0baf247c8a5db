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

    /// <summary>Nothing answered because something it needs is down (<see cref="AnswerStatus.Unavailable"/>): the reason, no rows, no SQL.</summary>
    public static Answer Unavailable(ErrorDto error, string? question = null, TimingsDto? timings = null) => Invalid(error, question, timings) with { Status = AnswerStatus.Unavailable };

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

    /// <summary>
    /// The other definitions an answer could have been: the family's other variants, and the metrics a
    /// glossary entry relates to this one (转化率 answered as conversion_rate offers appointment_conversion_rate).
    /// </summary>
    public static IReadOnlyList<AlternativeDto> Variants(SemanticCatalog catalog, MetricDefinition metric, string language)
    {
        var family = catalog.Families.Of(metric.Family);
        var related = catalog.AmbiguousTerms.Where(t => t.Metrics.Contains(metric.Id)).SelectMany(t => t.Metrics).Select(catalog.FindMetric).OfType<MetricDefinition>();
        return family.Concat(related).Where(m => m.Id != metric.Id && m.IsPublished).DistinctBy(m => m.Id)
            .Select(m => Alternative(m, language)).ToArray();
    }

    /// <summary>A metric as a choice: id, name and its definition's first sentence in the asker's language.</summary>
    public static AlternativeDto Alternative(MetricDefinition metric, string language) =>
        new(metric.Id, metric.Name.For(language)) { Definition = FirstSentence(metric.Description.For(language)) };

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf('。');
        var english = text.IndexOf(". ", StringComparison.Ordinal);
        if (english >= 0 && (end < 0 || english < end)) end = english;
        return end < 0 ? text.Trim() : text[..(end + 1)].Trim();
    }
}
