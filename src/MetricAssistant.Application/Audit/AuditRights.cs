using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Audit;

/// <summary>Who may read, replay and verify the audit trail: callers with a role that has <c>audit: true</c> in the access policy.</summary>
public sealed class AuditRights(ICatalogProvider catalogs)
{
    /// <summary>Null when <paramref name="caller"/> holds the audit right; otherwise why not.</summary>
    public string? Refusal(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var policy = catalogs.Current.Access;
        if (caller.Roles.Select(policy.FindRole).Any(r => r is { Audit: true })) return null;
        var roles = caller.Roles.Count == 0 ? "no role" : $"roles {string.Join(", ", caller.Roles)}";
        return $"User '{caller.UserId}' may not read the audit trail: none of their {roles} has the audit right (audit: true in catalog/access/policy.yaml).";
    }
}
