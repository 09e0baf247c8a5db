using System.Text.Json;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>POST /api/proposals/{id}/revise: the author's new definition (same shape as the proposal's) and why.</summary>
public sealed record ReviseRequest(JsonElement? Definition, string? Reason, string? User);
