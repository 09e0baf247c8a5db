using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// One structured Information line per answer (door, status, metric ids, error code, time); the logging scope adds
/// the trace id. The question's text is added only where <see cref="AnswerLogOptions.IncludeQuestionText"/> allows.
/// </summary>
public sealed class AnswerLog(ILogger<AnswerLog> logger, IOptions<AnswerLogOptions> options, IOptions<IdentityOptions> identity)
{
    public bool IncludesQuestionText => options.Value.IncludeQuestionText ?? identity.Value.DemoIdentities;

    public void Answered(string door, Answer answer, string? metric, string? question, double totalMs)
    {
        if (!logger.IsEnabled(LogLevel.Information)) return;
        if (IncludesQuestionText && question is not null)
            logger.LogInformation("Answered {Door}: {Status} {Metric} {ErrorCode} in {TotalMs} ms; question {Question}", door, answer.Status, metric, answer.Error?.Code ?? "", totalMs, question);
        else
            logger.LogInformation("Answered {Door}: {Status} {Metric} {ErrorCode} in {TotalMs} ms", door, answer.Status, metric, answer.Error?.Code ?? "", totalMs);
    }
}
