using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// Who may read the impact of a change: callers with any governance right (propose, review or publish in the access
/// policy) or the exec role. Who asked about the metrics (names of colleagues from the audit trail) is shown only to
/// those who review or publish, or exec; a proposer gets the metrics without it.
/// </summary>
public static class LineageRights
{
    public const string ExecRole = "exec";

    public static bool MaySeeImpact(SemanticCatalog catalog, Caller caller) =>
        caller.Roles.Contains(ExecRole) || Roles(catalog, caller).Any(r => r.Governance.Count > 0);

    public static bool MaySeeAskers(SemanticCatalog catalog, Caller caller) =>
        caller.Roles.Contains(ExecRole) || Roles(catalog, caller).Any(r => r.Governance.Contains("review") || r.Governance.Contains("publish"));

    private static IEnumerable<RoleDefinition> Roles(SemanticCatalog catalog, Caller caller) =>
        caller.Roles.Select(catalog.Access.FindRole).OfType<RoleDefinition>();
}
