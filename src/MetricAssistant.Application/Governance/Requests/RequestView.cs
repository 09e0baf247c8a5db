namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// A request as the API shows it: <c>id</c> (a string), <c>status</c>, <c>domain</c> (the owning department, English;
/// <c>domainZh</c> Chinese), who asked and from where, what may happen next (<c>next</c>, for the caller), the
/// published metric once done, and for the requester whether it was answered since they last looked
/// (<c>updated</c>, <c>unread</c>). <c>history</c> and <c>comments</c> come with a single request.
/// </summary>
public sealed record RequestView(
    string Id,
    string Title,
    string Question,
    string? Description,
    RequestStatus Status,
    string Domain,
    string DomainZh,
    string? RoutedMetricId,
    string Requester,
    string Door,
    bool FromTeams,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    string? MetricId,
    string? MetricLink,
    bool Updated,
    int Unread,
    bool MayReview,
    IReadOnlyList<RequestStatus> Next,
    IReadOnlyList<RequestEvent>? History = null,
    IReadOnlyList<RequestComment>? Comments = null);
