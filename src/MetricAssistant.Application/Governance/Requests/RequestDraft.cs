namespace MetricAssistant.Application.Governance.Requests;

/// <summary>A request as it is first stored (status open), already checked and routed.</summary>
public sealed record RequestDraft(
    string Title,
    string Question,
    string? Description,
    RequestDomain Domain,
    string? RoutedMetricId,
    string RequesterId,
    string Door,
    TeamsConversation? Teams,
    DateTimeOffset Time);
