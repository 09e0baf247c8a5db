namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// What an append did: the stored event (and the request as it now stands), or why not: no such request, or
/// (for a status change) the request no longer had the status the change was decided against.
/// </summary>
public sealed record AppendOutcome(RequestEvent? Event, MetricRequest? Request, bool NotFound = false, RequestStatus? ActualStatus = null);
