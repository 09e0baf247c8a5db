using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Learning;

/// <summary>
/// Who may accept or reject a learned example: a caller with a role that has the <c>review</c> right over the
/// owner of every metric the example names (roles' <c>governance</c> and <c>owners</c> in the access policy).
/// </summary>
public sealed class ExampleReviewers(SemanticCatalog catalog)
{
    /// <summary>Whether the caller may review any metric at all (and so read the examples).</summary>
    public bool ReviewsAny(Caller caller) => new GovernanceRights(catalog.Access).HoldsAny(caller, GovernanceRights.Review);

    /// <summary>Null when the caller may review the example; otherwise why not, in English.</summary>
    public string? Refusal(Caller caller, LearnedExample example)
    {
        var roles = Roles(caller).ToList();
        foreach (var id in example.Metrics)
        {
            var metric = catalog.FindMetric(id);
            if (metric is null)
                return roles.Any(r => r.Governance.Contains("review") && r.Owners.Contains(RoleDefinition.AllOwners))
                    ? null
                    : $"Metric '{id}' is no longer in the catalog; only a reviewer of every owner's metrics may review this example.";
            if (!new GovernanceRights(catalog.Access).Holds(caller, GovernanceRights.Review, metric.Owner))
                return $"User '{caller.UserId}' may not review metrics owned by {metric.Owner.En} ({metric.Owner.Zh}), such as '{metric.Id}'.";
        }
        return null;
    }

    /// <summary>Whether the caller may review the example.</summary>
    public bool MayReview(Caller caller, LearnedExample example) => Refusal(caller, example) is null;

    private IEnumerable<RoleDefinition> Roles(Caller caller) => caller.Roles.Select(catalog.Access.FindRole).OfType<RoleDefinition>();
}
