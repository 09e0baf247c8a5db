namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>POST /api/proposals/{id}/publish: who publishes.</summary>
public sealed record PublishRequest(string? User);
