namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>What an inbox group holds: 👎 with comments, clarifications users had to make, questions that found nothing, requests, examples awaiting review.</summary>
public static class InboxKind
{
    public const string Feedback = "feedback";
    public const string Clarification = "clarification";
    public const string NotFound = "not_found";
    public const string Request = "request";
    public const string PendingExample = "pending_example";

    public static readonly IReadOnlyList<string> All = [Feedback, Clarification, NotFound, Request, PendingExample];
}
