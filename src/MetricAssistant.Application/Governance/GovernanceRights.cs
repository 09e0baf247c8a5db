using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance;

/// <summary>
/// What a caller may do with definitions, from the access policy: a role's <c>governance</c> rights
/// (<see cref="Propose"/>, <see cref="Review"/>, <see cref="Publish"/>) apply to the metrics whose owner its
/// <c>owners</c> name (English or Chinese department name, or <c>*</c> for all).
/// </summary>
public sealed class GovernanceRights(AccessPolicy policy)
{
    public const string Propose = "propose";
    public const string Review = "review";
    public const string Publish = "publish";

    /// <summary>Whether the caller holds <paramref name="right"/> over the metrics of <paramref name="owner"/>.</summary>
    public bool Holds(Caller caller, string right, LocalizedText owner) =>
        Roles(caller).Any(r => r.Governance.Contains(right) && r.Owners.Any(o => o == RoleDefinition.AllOwners || o == owner.En || o == owner.Zh));

    /// <summary>Whether the caller holds <paramref name="right"/> over anyone's metrics.</summary>
    public bool HoldsAny(Caller caller, string right) => Roles(caller).Any(r => r.Governance.Contains(right) && r.Owners.Count > 0);

    /// <summary>Null when the caller holds <paramref name="right"/> over every one of <paramref name="owners"/>; otherwise why not.</summary>
    public string? Refusal(Caller caller, string right, IEnumerable<LocalizedText> owners, string what)
    {
        foreach (var owner in owners.Distinct())
            if (!Holds(caller, right, owner))
                return $"User '{caller.UserId}' may not {right} {what}: no role of theirs has the '{right}' right over metrics owned by {owner.En} ({owner.Zh}).";
        return null;
    }

    private IEnumerable<RoleDefinition> Roles(Caller caller) => caller.Roles.Select(policy.FindRole).OfType<RoleDefinition>();
}
