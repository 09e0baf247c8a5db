namespace MetricAssistant.Application.Governance.Requests;

/// <summary>A list of requests, newest first, with how many of the caller's own were answered since they last looked.</summary>
public sealed record RequestPage(int Count, int Unread, IReadOnlyList<RequestView> Requests);
