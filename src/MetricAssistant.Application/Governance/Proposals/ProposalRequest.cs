using System.Text.Json;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// POST /api/proposals: <see cref="Definition"/> has a metric YAML's shape as JSON (snake_case keys; camelCase is
/// read as the same key), full for <c>create</c>, partial for <c>change</c>, <c>{ replacedBy, sunset }</c> for
/// <c>deprecate</c>, nothing for <c>retire</c>. <see cref="BaseVersion"/> defaults to the metric's current version.
/// </summary>
public sealed record ProposalRequest(string? Kind, string? MetricId, int? BaseVersion, JsonElement? Definition, string? Reason, string? User);
