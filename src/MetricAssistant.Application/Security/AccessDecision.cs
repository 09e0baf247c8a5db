using MetricAssistant.Application.Contracts;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Security;

/// <summary>
/// The outcome of checking a query against the caller's permissions: the row scope to AND in (with its
/// reasons for the answer's <c>scope</c>), or why it is refused (never revealing a value).
/// </summary>
public sealed record AccessDecision(bool Allowed, IReadOnlyList<QueryFilter> Scope, IReadOnlyList<ScopeDto> ScopeReasons, string? DenialCode, string? DenialMessage)
{
    public static AccessDecision Deny(string code, string message) => new(false, [], [], code, message);
}
