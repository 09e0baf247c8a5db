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
    // Defined once: no argument array or boxing per answer (this line is written for every answer).
    private static readonly Action<ILogger, string, string, string?, string, double, string, Exception?> WithQuestion =
        LoggerMessage.Define<string, string, string?, string, double, string>(LogLevel.Information, default, "Answered {Door}: {Status} {Metric} {ErrorCode} in {TotalMs} ms; question {Question}");

    private static readonly Action<ILogger, string, string, string?, string, double, Exception?> WithoutQuestion =
        LoggerMessage.Define<string, string, string?, string, double>(LogLevel.Information, default, "Answered {Door}: {Status} {Metric} {ErrorCode} in {TotalMs} ms");

    public bool IncludesQuestionText => options.Value.IncludeQuestionText ?? identity.Value.DemoIdentities;

    public void Answered(string door, Answer answer, string? metric, string? question, double totalMs)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!logger.IsEnabled(LogLevel.Information)) return;
        if (IncludesQuestionText && question is not null)
            WithQuestion(logger, door, answer.Status, metric, answer.Error?.Code ?? "", totalMs, question, null);
        else
            WithoutQuestion(logger, door, answer.Status, metric, answer.Error?.Code ?? "", totalMs, null);
    }
}
