namespace MetricAssistant.Application.Telemetry;

/// <summary>Section <c>Logging</c>: what the one log line per answer may say.</summary>
public sealed class AnswerLogOptions
{
    public const string Section = "Logging";

    /// <summary>
    /// Whether the answer's log line carries the question's text. Unset: only with demo identities on (the embedded
    /// default); a deployment logs metric ids, status and timings, and the question stays in the audit trail.
    /// </summary>
    public bool? IncludeQuestionText { get; set; }
}
