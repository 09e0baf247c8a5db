namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// A request (提报) for a metric the catalog does not have, as the store keeps it: what was asked and why, who
/// asked and from which door, the domain it was routed to (and by which metric), its current status and the
/// published metric that answered it. Every change is also an <see cref="RequestEvent"/>: nothing is overwritten.
/// </summary>
public sealed record MetricRequest(
    long Id,
    string Title,
    string Question,
    string? Description,
    RequestStatus Status,
    RequestDomain Domain,
    string? RoutedMetricId,
    string RequesterId,
    string Door,
    TeamsConversation? Teams,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    string? MetricId);
