namespace MetricAssistant.Application.Contracts;

/// <summary>The values of the answer contract's <c>status</c>.</summary>
public static class AnswerStatus
{
    public const string Answered = "answered";
    public const string ClarificationNeeded = "clarification_needed";
    public const string Denied = "denied";
    public const string NotFound = "not_found";
    public const string Invalid = "invalid";
}
