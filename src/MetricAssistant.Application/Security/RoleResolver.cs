using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Security;

/// <summary>
/// The one rule for what a caller's roles are, used by every door (API tokens, demo users, Teams personal chats and each
/// member of a shared conversation, the portal): their own roles ∪ the roles of every directory group they are in, and
/// the groups' row-rule attributes joined to theirs (values unioned per attribute). Group ids the policy does not map
/// grant nothing. Then, per metric, a deny in any of those roles (<c>deny_tags</c>, <c>deny_metrics</c>) beats a grant
/// in any other (<see cref="GrantingRoles"/>). With no <c>groups:</c> in the policy, callers are as before.
/// </summary>
public sealed class RoleResolver(AccessPolicy policy)
{
    /// <summary>The caller with the roles and attributes of the groups among <paramref name="groupIds"/> that the policy maps.</summary>
    public Caller WithGroups(Caller caller, IEnumerable<string> groupIds)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(groupIds);
        var groups = groupIds.Select(policy.FindGroup).OfType<GroupDefinition>().DistinctBy(g => g.Id).ToArray();
        if (groups.Length == 0) return caller;
        var roles = caller.Roles.Concat(groups.SelectMany(g => g.Roles)).Distinct(StringComparer.Ordinal).ToArray();
        var attributes = new Dictionary<string, IReadOnlyList<string>>(caller.Attributes, StringComparer.Ordinal);
        foreach (var (name, values) in groups.SelectMany(g => g.Attributes))
            attributes[name] = attributes.TryGetValue(name, out var had) ? had.Union(values, StringComparer.Ordinal).ToArray() : values;
        return caller with
        {
            Roles = roles,
            Attributes = attributes,
            Groups = caller.Groups.Concat(groups.Select(g => g.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };
    }

    /// <summary>The caller's roles that grant <paramref name="metric"/>; none when any of their roles denies it (deny wins).</summary>
    public IReadOnlyList<RoleDefinition> GrantingRoles(Caller caller, MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.Select(policy.FindRole).OfType<RoleDefinition>().ToArray();
        return roles.Any(r => r.Metrics.Denies(metric)) ? [] : roles.Where(r => r.Metrics.Allows(metric)).ToArray();
    }
}
