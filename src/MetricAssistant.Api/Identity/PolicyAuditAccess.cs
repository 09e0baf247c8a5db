using MetricAssistant.Api.Endpoints;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Identity;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// The audit right from the access policy (<c>audit: true</c> on a role, see <see cref="AuditRights"/>): the caller is the
/// request's credentials or, with demo identities on, the demo user of the <c>X-User</c> header.
/// </summary>
public sealed class PolicyAuditAccess(CallerResolver callers, RequestContext context, AuditRights rights) : IAuditAccess
{
    public bool IsAdmin(HttpContext context) => Refusal(context) is null;

    public string? Refusal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var authenticated = callers.Resolve(http, out var authError);
        if (authError is not null) return authError;
        var (caller, _, error) = context.Resolve(authenticated, http.Request.Headers["X-User"].ToString(), null);
        return error is not null ? error.Message : rights.Refusal(caller!);
    }
}
