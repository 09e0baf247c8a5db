using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Security;

/// <summary>
/// Applies the catalog's access policy: which metrics a caller may see (a derived metric only if every
/// metric it is built from is visible too), the row rules that scope their answers, and the refusals.
/// Row rules become filters AND-ed into the compiled SQL; a metric that cannot reach a rule's
/// dimension is refused rather than answered unscoped.
/// </summary>
public sealed class AccessEvaluator(SemanticCatalog catalog)
{
    private readonly RoleResolver resolver = new(catalog.Access);

    /// <summary>A demo user with their own roles and those of their <c>groups:</c>.</summary>
    public Caller? DemoCaller(string userId) => catalog.Access.FindUser(userId) is { } user
        ? resolver.WithGroups(new Caller(user.Id, user.Roles, user.Attributes, CallerKind.Demo, user.Name), user.Groups)
        : null;

    public IReadOnlyList<string> DemoUserIds => catalog.Access.Users.Select(u => u.Id).ToArray();

    /// <summary>With <see cref="Caller.Readers"/>, only what the caller and every reader may see.</summary>
    public bool CanSee(Caller caller, string metricId) => SharedAccess.Everyone(caller).All(c => CanSeeAlone(c, metricId));

    private bool CanSeeAlone(Caller caller, string metricId) =>
        catalog.FindMetric(metricId) is { } metric && GrantingRoles(caller, metric).Count > 0 && catalog.Reach.For(metric).Inputs.All(m => GrantingRoles(caller, m).Count > 0);

    /// <summary>
    /// Whether a question of this metric alone could be answered for the caller: seen, and every row rule of the least
    /// restricted granting role reaches it (members have no channel: an online-only scope refuses them).
    /// </summary>
    public bool CanAsk(Caller caller, string metricId) => CanSee(caller, metricId) && SharedAccess.Everyone(caller).All(c =>
        catalog.FindMetric(metricId) is { } metric && GrantingRoles(c, metric).OrderBy(r => r.RowRules.Count).First().RowRules.All(rule => catalog.Reach.For(metric).Reaches(rule.Dimension)));

    /// <summary>The published metrics a caller may see, for "you may ask instead" and suggestions.</summary>
    public IReadOnlyList<string> VisibleMetrics(Caller caller) =>
        catalog.Metrics.Values.Where(m => m.IsPublished && CanSee(caller, m.Id)).Select(m => m.Id).Order(StringComparer.Ordinal).ToArray();

    /// <summary>With <see cref="Caller.Readers"/>, the intersection: allowed only if allowed to everyone, within the rows all of them share.</summary>
    public AccessDecision Check(Caller caller, SemanticQuery query, string language)
    {
        if (caller.Readers.Count == 0) return CheckAlone(caller, query, language);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        // A metric someone here may not see is named with what everyone here may ask about instead.
        foreach (var id in query.Metrics)
            if (catalog.FindMetric(id) is { } metric && !CanSee(caller, id))
                return AccessDecision.Deny("metric_denied", DeniedMessage(caller, metric, zh));
        return SharedAccess.Intersect(SharedAccess.Everyone(caller).Select(c => CheckAlone(c, query, language)).ToArray(), zh);
    }

    private AccessDecision CheckAlone(Caller caller, SemanticQuery query, string language)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var scope = new List<QueryFilter>();
        var reasons = new List<ScopeDto>();
        if (query.Metrics.Count == 0 && ValuesScope(caller, query, language, scope, reasons) is { } refused) return refused;
        foreach (var id in query.Metrics)
        {
            if (catalog.FindMetric(id) is not { } metric) continue;
            if (!CanSee(caller, id)) return AccessDecision.Deny("metric_denied", DeniedMessage(caller, metric, zh));
            var roles = GrantingRoles(caller, metric);
            // The least restricted granting role decides: a role with no row rules sees all rows.
            var role = roles.OrderBy(r => r.RowRules.Count).First();
            foreach (var rule in role.RowRules)
            {
                if (!catalog.Reach.For(metric).Reaches(rule.Dimension))
                    return AccessDecision.Deny("scope_unreachable", zh
                        ? $"您的权限按{DimensionName(rule.Dimension, zh)}限定数据范围，而“{metric.Name.Zh}”无法按{DimensionName(rule.Dimension, zh)}区分，因此不能为您提供。"
                        : $"Your access is limited by {DimensionName(rule.Dimension, zh)}, and {metric.Name.En} cannot be split that way, so it cannot be shown to you.");
                var values = rule.Attribute is null ? rule.Values : caller.Attribute(rule.Attribute);
                if (values.Count == 0) return AccessDecision.Deny("scope_empty", zh ? "您的权限没有可见的数据范围。" : "Your access grants no rows.");
                var filter = new QueryFilter(rule.Dimension, QueryFilterOperator.In, values.ToArray());
                if (!scope.Contains(filter))
                {
                    scope.Add(filter);
                    reasons.Add(new ScopeDto(rule.Dimension, "in", filter.Values, $"row rule of role {role.Name.For(language)}"));
                }
            }
            foreach (var dimension in query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).Concat(query.EntityKeys).Where(role.DeniedDimensions.Contains))
                return AccessDecision.Deny("dimension_denied", zh ? $"您不能按{DimensionName(dimension, zh)}查看数据。" : $"You may not group or filter by {DimensionName(dimension, zh)}.");
        }
        // A filter asking for rows outside the scope is refused with the reason, never answered from outside it (a confident 0).
        foreach (var filter in query.Filters.Where(f => f.Operator == QueryFilterOperator.In))
            if (OutsideScope(filter, scope, zh) is { } message) return AccessDecision.Deny("outside_scope", message);
        return new AccessDecision(true, scope, reasons, null, null);
    }

    /// <summary>
    /// A list of values (a query without metrics) is scoped like a metric of the caller: by the row rules of their least
    /// restricted role, which the compiler applies to the rows the values are read from, so no value outside them is listed.
    /// </summary>
    private AccessDecision? ValuesScope(Caller caller, SemanticQuery query, string language, List<QueryFilter> scope, List<ScopeDto> reasons)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var role = caller.Roles.Select(catalog.Access.FindRole).OfType<RoleDefinition>().OrderBy(r => r.RowRules.Count).FirstOrDefault();
        if (role is null) return AccessDecision.Deny("scope_empty", zh ? "您没有任何角色，不能查看数据。" : "You hold no role, so no values can be shown to you.");
        foreach (var rule in role.RowRules)
        {
            var values = rule.Attribute is null ? rule.Values : caller.Attribute(rule.Attribute);
            if (values.Count == 0) return AccessDecision.Deny("scope_empty", zh ? "您的权限没有可见的数据范围。" : "Your access grants no rows.");
            var filter = new QueryFilter(rule.Dimension, QueryFilterOperator.In, values.ToArray());
            if (scope.Contains(filter)) continue;
            scope.Add(filter);
            reasons.Add(new ScopeDto(rule.Dimension, "in", filter.Values, $"row rule of role {role.Name.For(language)}"));
        }
        foreach (var dimension in query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).Concat(query.EntityKeys).Where(role.DeniedDimensions.Contains))
            return AccessDecision.Deny("dimension_denied", zh ? $"您不能按{DimensionName(dimension, zh)}查看数据。" : $"You may not group or filter by {DimensionName(dimension, zh)}.");
        return null;
    }

    /// <summary>
    /// A refusal when a question asks for every value of a dimension the scope keeps to some of them ("全国的呢" from a manager of
    /// 华东): answering within the scope would pass part of the rows off as all of them. Null when the scope holds every row asked.
    /// </summary>
    public AccessDecision? OpenedBeyondScope(IReadOnlyList<QueryFilter> scope, IReadOnlyList<string> opened, bool zh)
    {
        foreach (var dimension in opened)
        {
            if (scope.FirstOrDefault(s => s.Dimension == dimension && s.Operator == QueryFilterOperator.In) is not { } same) continue;
            if (catalog.FindDimension(dimension) is { Values.Count: var all } && all > 0 && same.Values.Count >= all) continue;
            return AccessDecision.Deny("outside_scope", zh
                ? $"您只能查看{Names(same, zh)}的数据，不能查看全部{DimensionName(dimension, zh)}。"
                : $"You may only see {Names(same, zh)}, not all {DimensionName(dimension, zh).ToLowerInvariant()}s.");
        }
        return null;
    }

    /// <summary>
    /// Why a filter's values lie outside the scope, or null: values of the scope's dimension it does not grant (华南 for a
    /// manager of 华东), or values lying within one it does not grant (the catalog's <c>within:</c>: 北京 is in 华北, the
    /// in-store channel is offline). Values with no known place in the scope's dimension are left to the row rule.
    /// </summary>
    private string? OutsideScope(QueryFilter filter, IReadOnlyList<QueryFilter> scope, bool zh)
    {
        if (scope.FirstOrDefault(s => s.Dimension == filter.Dimension) is { } same)
        {
            var outside = filter.Values.Where(v => !same.Values.Contains(v)).ToArray();
            return outside.Length == 0 ? null : zh
                ? $"您只能查看{Names(same, zh)}的数据，不能查看{string.Join("、", outside.Select(v => ValueName(filter.Dimension, v, zh)))}。"
                : $"You may only see {Names(same, zh)}, not {string.Join(", ", outside.Select(v => ValueName(filter.Dimension, v, zh)))}.";
        }
        foreach (var rule in scope)
        {
            var outside = filter.Values.Select(v => (Code: v, In: Containing(filter.Dimension, v, rule.Dimension, 0)))
                .Where(v => v.In is not null && !rule.Values.Contains(v.In)).ToArray();
            if (outside.Length == 0) continue;
            return zh
                ? $"您只能查看{Names(rule, zh)}的数据，不能查看{string.Join("、", outside.Select(v => $"{ValueName(filter.Dimension, v.Code, zh)}（属于{ValueName(rule.Dimension, v.In!, zh)}）"))}。"
                : $"You may only see {Names(rule, zh)}, not {string.Join(", ", outside.Select(v => $"{ValueName(filter.Dimension, v.Code, zh)} (in {ValueName(rule.Dimension, v.In!, zh)})"))}.";
        }
        return null;
    }

    /// <summary>The value of <paramref name="target"/> a value lies within, directly or through a value it lies within (a store's city's region).</summary>
    private string? Containing(string dimension, string code, string target, int depth)
    {
        if (depth > 4 || catalog.FindDimension(dimension)?.FindValue(code) is not { } value) return null;
        return value.Within.FirstOrDefault(w => w.Dimension == target)?.Code
            ?? value.Within.Select(w => Containing(w.Dimension, w.Code, target, depth + 1)).FirstOrDefault(c => c is not null);
    }

    private string Names(QueryFilter scope, bool zh) => string.Join(zh ? "、" : ", ", scope.Values.Select(v => ValueName(scope.Dimension, v, zh)));

    /// <summary>"You may not see 毛利; you may ask about: …" — names only metrics the caller may see.</summary>
    public string DeniedMessage(Caller caller, MetricDefinition metric, bool zh)
    {
        var visible = VisibleMetrics(caller).Select(catalog.FindMetric).OfType<MetricDefinition>().Take(8).Select(m => m.Name.For(zh ? "zh" : "en")).ToArray();
        if (caller.Readers.Count > 0)
            return zh
                ? $"这个会话中不是每个人都可以查看“{metric.Name.Zh}”。{(visible.Length > 0 ? $"这里每个人都可以询问：{string.Join("、", visible)}。" : "")}"
                : $"Not everyone in this conversation may see {metric.Name.En}.{(visible.Length > 0 ? $" Everyone here may ask about: {string.Join(", ", visible)}." : "")}";
        return zh
            ? $"您没有查看“{metric.Name.Zh}”的权限。{(visible.Length > 0 ? $"您可以询问：{string.Join("、", visible)}。" : "")}"
            : $"You do not have access to {metric.Name.En}.{(visible.Length > 0 ? $" You can ask about: {string.Join(", ", visible)}." : "")}";
    }

    private IReadOnlyList<RoleDefinition> GrantingRoles(Caller caller, MetricDefinition metric) => resolver.GrantingRoles(caller, metric);

    private string DimensionName(string dimension, bool zh) => catalog.FindDimension(dimension)?.Name.For(zh ? "zh" : "en") ?? dimension;

    private string ValueName(string dimension, string code, bool zh) => catalog.FindDimension(dimension)?.FindValue(code)?.Name.For(zh ? "zh" : "en") ?? code;
}
