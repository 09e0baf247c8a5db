namespace MetricAssistant.Application.Telemetry;

/// <summary>The stages of answering a question, each one span and one latency series.</summary>
public enum AnswerStage
{
    Read,
    Clarify,
    Authorise,
    Compile,
    Execute,
    Narrate,
    Audit,
}
