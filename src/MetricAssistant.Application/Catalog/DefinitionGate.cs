using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Catalog;

/// <summary>
/// The door every read of one metric's definition passes (detail, versions, diff, lineage): resolves the caller and
/// lets the id through only when <see cref="DefinitionVisibility"/> says the caller may read it. A hidden metric is
/// refused exactly as an unknown one, with did-you-mean among the visible ones only, so its existence does not leak.
/// A metric no longer in the catalog (its history only) passes for governance callers, whose tools read old versions.
/// </summary>
public sealed class DefinitionGate(RequestContext context, ICatalogProvider catalogs)
{
    public (Caller? Caller, DefinitionRefusal? Refusal) Reader(Caller? authenticated, string? user)
    {
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        return caller is null ? (null, new DefinitionRefusal(DefinitionRefusalKind.UnknownCaller, error!)) : (caller, null);
    }

    public (Caller? Caller, DefinitionRefusal? Refusal) Open(Caller? authenticated, string? user, string id)
    {
        var (caller, refusal) = Reader(authenticated, user);
        if (caller is null) return (null, refusal);
        var catalog = catalogs.Current;
        var visibility = new DefinitionVisibility(catalog);
        if (visibility.CanSee(caller, id)) return (caller, null);
        if (catalog.FindMetric(id) is null && visibility.HasGovernanceRight(caller)) return (caller, null);
        return (null, NotFound(caller, id));
    }

    /// <summary>"No metric 'x' in the catalog. Did you mean …?" with the nearest ids the caller may see.</summary>
    public DefinitionRefusal NotFound(Caller caller, string id)
    {
        var catalog = catalogs.Current;
        var near = DefinitionLookup.Nearest(new DefinitionVisibility(catalog).Visible(caller).Select(m => m.Id), id);
        var shown = id.Length > 100 ? id[..100] + "…" : id;
        return new DefinitionRefusal(DefinitionRefusalKind.NotFound, new ErrorDto("unknown_metric",
            $"No metric '{shown}' in the catalog.{(near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}", near));
    }
}
