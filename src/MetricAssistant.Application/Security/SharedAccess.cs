using MetricAssistant.Application.Contracts;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Security;

/// <summary>
/// Rights of an answer read by several people (a Teams channel or group chat): the intersection of theirs.
/// A metric is visible only if everyone may see it; rows only if everyone's row rules let them through (the
/// filters of all of them, merged per dimension into the values they share); any one refusal refuses. A
/// member nobody mapped has no roles, so no rights: with one, only what needs no rights at all is shown.
/// </summary>
public static class SharedAccess
{
    /// <summary>A member who could not be mapped to anyone: no roles, no attributes, so no rights.</summary>
    public static Caller Unmapped(string id, string? name = null) =>
        new(id, [], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated, name);

    /// <summary>The asker as a caller whose rights are narrowed to what every member shares (null members count as unmapped).</summary>
    public static Caller For(Caller asker, IEnumerable<Caller?> members)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var readers = members.Select((m, i) => m ?? Unmapped($"unmapped:{i}"))
            .Where(m => !(m.Kind == asker.Kind && m.UserId == asker.UserId))
            .ToArray();
        return asker with { Readers = readers };
    }

    /// <summary>The caller (alone) and every reader, readers of readers included.</summary>
    public static IEnumerable<Caller> Everyone(Caller caller)
    {
        yield return caller.Readers.Count == 0 ? caller : caller with { Readers = [] };
        foreach (var reader in caller.Readers)
            foreach (var each in Everyone(reader))
                yield return each;
    }

    /// <summary>
    /// One decision from everyone's: the first refusal (its code kept, its words about "you" replaced, since
    /// they may describe someone else's rights), else the scope all of them share.
    /// </summary>
    public static AccessDecision Intersect(IReadOnlyList<AccessDecision> decisions, bool zh)
    {
        if (decisions.Count == 0) throw new ArgumentException("at least one decision (the asker's)", nameof(decisions));
        if (decisions.FirstOrDefault(d => !d.Allowed) is { } refused)
            return AccessDecision.Deny(refused.DenialCode ?? "denied", zh
                ? "这个会话中不是每个人都可以看到这个答案：有人的权限不包括其中的数据范围或维度。"
                : "Not everyone in this conversation may see this answer: someone's access does not cover its rows or dimensions.");

        var scope = new List<QueryFilter>();
        var reasons = new List<ScopeDto>();
        foreach (var dimension in decisions.SelectMany(d => d.Scope).Select(f => f.Dimension).Distinct(StringComparer.Ordinal))
        {
            // Someone with no filter on a dimension sees all of it; the others' values are intersected.
            IEnumerable<string>? shared = null;
            foreach (var filter in decisions.SelectMany(d => d.Scope).Where(f => f.Dimension == dimension))
                shared = shared is null ? filter.Values : shared.Intersect(filter.Values, StringComparer.Ordinal);
            var values = (shared ?? []).Distinct(StringComparer.Ordinal).ToArray();
            if (values.Length == 0)
                return AccessDecision.Deny("scope_empty", zh
                    ? "这个会话中的成员没有共同可见的数据范围。"
                    : "The people in this conversation share no rows of this answer.");
            scope.Add(new QueryFilter(dimension, QueryFilterOperator.In, values));
            var why = string.Join("; ", decisions.SelectMany(d => d.ScopeReasons).Where(r => r.Dimension == dimension).Select(r => r.Reason).Distinct(StringComparer.Ordinal));
            reasons.Add(new ScopeDto(dimension, "in", values, $"shared by everyone in the conversation ({why})"));
        }
        return new AccessDecision(true, scope, reasons, null, null);
    }
}
