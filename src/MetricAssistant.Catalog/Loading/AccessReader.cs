using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads access documents (catalog/access/): "roles:" with metric grants, row rules and denied
/// dimensions, and "users:" with their roles and attributes, e.g.
/// <c>- { id: east_wang, roles: [regional_manager], attributes: { regions: [east] } }</c>.
/// </summary>
internal static class AccessReader
{
    public static AccessPolicy Read(YamlNodeReader document)
    {
        var r = document.WithContext("access policy");
        r.Known("roles", "users", "groups", "approvals_required", "public_definition_tags");
        var roles = r.Sequence("roles", "role").Select(item =>
        {
            var id = item.String("id", required: true) ?? "";
            var role = item.WithContext($"role '{id}'");
            role.Known("id", "name", "metrics", "row_rules", "deny_dimensions", "governance", "owners", "audit");
            var grant = role.Mapping("metrics") is { } m ? ReadGrant(m) : MetricGrant.None;
            var rules = role.Sequence("row_rules", "row rule").Select(rule =>
            {
                rule.Known("dimension", "attribute", "values");
                return new RowRule(rule.String("dimension", required: true) ?? "", rule.String("attribute"), rule.Strings("values"), rule.Location);
            }).ToList();
            return new RoleDefinition(id, role.Localized("name"), grant, rules, role.Strings("deny_dimensions"), role.Strings("governance"), role.Location)
            {
                Owners = role.Strings("owners"),
                // A yes/no flag: anything but true or false is reported by Bool, never read as "no".
                Audit = role.Bool("audit", false),
            };
        }).ToList();
        var users = r.Sequence("users", "user").Select(item =>
        {
            var id = item.String("id", required: true) ?? "";
            var user = item.WithContext($"user '{id}'");
            user.Known("id", "name", "roles", "groups", "attributes");
            // Roles may come only through directory groups; a user with neither is reported by Validate.
            return new UserDefinition(id, user.String("name"), user.Strings("roles", required: !user.Has("groups")), Attributes(user), user.Location)
            {
                Groups = user.Strings("groups"),
            };
        }).ToList();
        var groups = r.Sequence("groups", "group").Select(item =>
        {
            var id = item.String("id", required: true) ?? "";
            var group = item.WithContext($"group '{id}'");
            group.Known("id", "name", "roles", "attributes");
            return new GroupDefinition(id, group.String("name", required: true) ?? "", group.Strings("roles", required: true), Attributes(group), group.Location);
        }).ToList();
        var approvals = r.Int("approvals_required");
        if (approvals is < 1 or > 10)
            r.Problems.Add(r.LocationOf("approvals_required"), CatalogProblemCodes.InvalidField, $"approvals_required of the access policy must be from 1 to 10, not {approvals}");
        var where = r.LocationOf("public_definition_tags");
        var publicTags = r.Strings("public_definition_tags").Select(t => new PublicDefinitionTag(t, where)).ToList();
        return new AccessPolicy(roles, users) { ApprovalsRequired = approvals is >= 1 and <= 10 ? approvals.Value : 1, PublicDefinitionTags = publicTags, Groups = groups };
    }

    private static Dictionary<string, IReadOnlyList<string>> Attributes(YamlNodeReader item) => item.Entries("attributes").ToDictionary(
        e => e.Key,
        e => (IReadOnlyList<string>)(e.Value is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() : [((e.Value as YamlScalarNode)?.Value ?? "")]),
        StringComparer.Ordinal);

    private static MetricGrant ReadGrant(YamlNodeReader m)
    {
        m.Known("all", "tags", "metrics", "deny_tags", "deny_metrics");
        return new MetricGrant(m.Bool("all", false), m.Strings("tags"), m.Strings("metrics"), m.Strings("deny_tags"), m.Strings("deny_metrics"));
    }

    public static void Validate(AccessPolicy policy, CatalogDraft draft, ProblemSink problems)
    {
        foreach (var duplicate in policy.Roles.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            problems.Add(duplicate.Last().Source, CatalogProblemCodes.DuplicateId, $"role '{duplicate.Key}' is defined twice");
        foreach (var duplicate in policy.Users.GroupBy(u => u.Id).Where(g => g.Count() > 1))
            problems.Add(duplicate.Last().Source, CatalogProblemCodes.DuplicateId, $"user '{duplicate.Key}' is defined twice");
        var roleIds = policy.Roles.Select(r => r.Id).ToList();
        // A public tag no metric carries publishes nothing: most likely a misspelt tag.
        var tags = draft.Metrics.SelectMany(m => m.Tags).Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in policy.PublicDefinitionTags.Where(t => !tags.Contains(t.Tag)))
            problems.Add(tag.Source, CatalogProblemCodes.InvalidField, $"public_definition_tags of the access policy names tag '{tag.Tag}' that no metric carries", DidYouMean.Suggest(tag.Tag, tags));
        foreach (var user in policy.Users)
            foreach (var role in user.Roles.Where(r => !roleIds.Contains(r)))
                problems.Add(user.Source, CatalogProblemCodes.UnknownField, $"user '{user.Id}' has unknown role '{role}'", DidYouMean.Suggest(role, roleIds));
        ValidateGroups(policy, roleIds, problems);
        foreach (var role in policy.Roles)
        {
            foreach (var id in role.Metrics.Metrics.Concat(role.Metrics.DenyMetrics).Where(id => draft.Metric(id) is null))
                problems.Add(role.Source, CatalogProblemCodes.UnknownMetric, $"role '{role.Id}' names unknown metric '{id}'", DidYouMean.Suggest(id, draft.Metrics.Select(m => m.Id)));
            foreach (var dimension in role.RowRules.Select(r => r.Dimension).Concat(role.DeniedDimensions).Where(d => draft.Dimension(d) is null))
                problems.Add(role.Source, CatalogProblemCodes.UnknownDimension, $"role '{role.Id}' names unknown dimension '{dimension}'", DidYouMean.Suggest(dimension, draft.Dimensions.Select(d => d.Id)));
            var owners = draft.Metrics.SelectMany(m => new[] { m.Owner.En, m.Owner.Zh }).Distinct().ToList();
            foreach (var owner in role.Owners.Where(o => o != RoleDefinition.AllOwners && !owners.Contains(o)))
                problems.Add(role.Source, CatalogProblemCodes.InvalidField, $"role '{role.Id}' names owner '{owner}' that owns no metric", DidYouMean.Suggest(owner, owners));
            foreach (var rule in role.RowRules)
            {
                if (rule.Attribute is null && rule.Values.Count == 0)
                    problems.Add(rule.Source, CatalogProblemCodes.InvalidField, $"row rule on '{rule.Dimension}' of role '{role.Id}' needs an attribute or values");
                var dimension = draft.Dimension(rule.Dimension);
                foreach (var value in rule.Values.Where(v => dimension is { Values.Count: > 0 } && dimension.FindValue(v) is null))
                    problems.Add(rule.Source, CatalogProblemCodes.UnknownDimensionValue, $"row rule of role '{role.Id}' names unknown value '{value}' of '{rule.Dimension}'");
            }
        }
    }

    /// <summary>Groups: ids unique (case-insensitively, as GUIDs), every role known, every group a user names defined.</summary>
    private static void ValidateGroups(AccessPolicy policy, IReadOnlyList<string> roleIds, ProblemSink problems)
    {
        foreach (var duplicate in policy.Groups.GroupBy(g => g.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(duplicate.Last().Source, CatalogProblemCodes.DuplicateId, $"group '{duplicate.Key}' is defined twice (first at {duplicate.First().Source})");
        foreach (var group in policy.Groups)
        {
            if (string.IsNullOrWhiteSpace(group.Id)) continue; // reported as a missing id
            if (group.Roles.Count == 0)
                problems.Add(group.Source, CatalogProblemCodes.InvalidField, $"group '{group.Id}' ({group.Name}) maps to no role");
            foreach (var role in group.Roles.Where(r => !roleIds.Contains(r)))
                problems.Add(group.Source, CatalogProblemCodes.UnknownField, $"group '{group.Id}' ({group.Name}) has unknown role '{role}'", DidYouMean.Suggest(role, roleIds));
        }
        var groupIds = policy.Groups.Select(g => g.Id).ToList();
        foreach (var user in policy.Users)
        {
            foreach (var id in user.Groups.Where(id => policy.FindGroup(id) is null))
                problems.Add(user.Source, CatalogProblemCodes.UnknownField, $"user '{user.Id}' is in unknown group '{id}'", DidYouMean.Suggest(id, groupIds));
            if (user.Roles.Count == 0 && user.Groups.Count == 0)
                problems.Add(user.Source, CatalogProblemCodes.InvalidField, $"user '{user.Id}' has neither roles nor groups");
        }
    }
}
