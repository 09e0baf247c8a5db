namespace MetricAssistant.Application.Contracts;

/// <summary>The values of the answer contract's <c>status</c>.</summary>
public static class AnswerStatus
{
    public const string Answered = "answered";
    public const string ClarificationNeeded = "clarification_needed";
    public const string Denied = "denied";
    public const string NotFound = "not_found";
    public const string Invalid = "invalid";

    /// <summary>
    /// Added with issue #15 (additive): nothing could be answered because something the answer needs is down — the
    /// warehouse (<c>warehouse_unavailable</c>) or the audit trail (<c>audit_unavailable</c>); HTTP 503, try again later.
    /// </summary>
    public const string Unavailable = "unavailable";
}
