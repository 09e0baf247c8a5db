using MetricAssistant.Application.Governance.Requests;

namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// One thing an owner should see, before grouping: a question, about which metric (null when none), who and when, how
/// often, its comment or reference, and — for an item without a metric — the domain it was routed to.
/// </summary>
public sealed record InboxItem(
    string Kind, string? MetricId, string Question, string UserId, DateTimeOffset Time, int Count,
    string? Comment = null, string? Ref = null, string? Status = null, RequestDomain? Domain = null);
