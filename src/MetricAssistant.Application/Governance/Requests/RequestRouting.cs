namespace MetricAssistant.Application.Governance.Requests;

/// <summary>Where a request goes and why: the domain, the metric whose owner it is (null for the default) and how that metric was found.</summary>
public sealed record RequestRouting(RequestDomain Domain, string? MetricId, string Reason);
