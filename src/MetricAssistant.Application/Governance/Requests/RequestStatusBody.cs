namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// <c>POST /api/requests/{id}/status</c>: <c>{ "status": "accepted" | "declined" | "done", "metricId", "comment", "user" }</c>;
/// <c>done</c> needs <c>metricId</c>, the published metric that answers the request.
/// </summary>
public sealed record RequestStatusBody(string? Status, string? MetricId, string? Comment, string? User);
