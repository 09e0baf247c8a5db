namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>Invalid input (400), an unknown caller (400/401), no right (403), nothing there (404) or a conflict (409).</summary>
public enum GovernanceFailureKind { Invalid, UnknownCaller, Forbidden, NotFound, Conflict }
