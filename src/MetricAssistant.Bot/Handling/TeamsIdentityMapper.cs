using MetricAssistant.Application.Security;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// The Teams user (Entra object id and tenant) as a catalog caller: a configured mapping to a catalog
/// user and its roles and row-rule attributes, else the configured role for unknown users, else nobody.
/// </summary>
public sealed class TeamsIdentityMapper(IOptionsMonitor<TeamsOptions> options, ICatalogProvider catalogs)
{
    public Caller? Resolve(ChannelAccount? from, string? tenantId)
    {
        var aad = from?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aad)) return null;
        var settings = options.CurrentValue;
        var mapping = settings.Users.FirstOrDefault(u =>
            string.Equals(u.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrEmpty(u.TenantId) || string.Equals(u.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)));
        var evaluator = new AccessEvaluator(catalogs.Current);
        if (mapping is not null && evaluator.DemoCaller(mapping.User) is { } known)
            return known with { Kind = CallerKind.Authenticated, DisplayName = known.DisplayName ?? from?.Name };
        if (string.IsNullOrWhiteSpace(settings.UnknownUserRole)) return null;
        return new Caller($"teams:{aad}", [settings.UnknownUserRole], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated, from?.Name);
    }
}
