namespace MetricAssistant.Application.Governance.Requests;

/// <summary>Invalid input (400), an unknown caller (400/401), no right (403), no such request (404), or a request that moved meanwhile (409).</summary>
public enum RequestFailureKind { Invalid, UnknownCaller, Forbidden, NotFound, Conflict }
