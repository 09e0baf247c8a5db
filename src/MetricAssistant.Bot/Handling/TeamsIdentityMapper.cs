using MetricAssistant.Application.Security;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// The Teams user (Entra object id and tenant) as a catalog caller: a configured mapping to a catalog user and its
/// roles and row-rule attributes, else the configured role for unknown users; plus the roles of the directory groups
/// the user is in (<see cref="IDirectoryGroups"/>, joined by <see cref="RoleResolver"/>). Nobody when none of these
/// gives a role. A directory that fails adds nothing: the user keeps only what the mapping gives.
/// </summary>
public sealed class TeamsIdentityMapper(IOptionsMonitor<TeamsOptions> options, ICatalogProvider catalogs, IDirectoryGroups? directory = null)
{
    public async Task<Caller?> ResolveAsync(ChannelAccount? from, string? tenantId, CancellationToken cancellationToken)
    {
        var aad = from?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aad)) return null;
        var settings = options.CurrentValue;
        var mapping = settings.Users.FirstOrDefault(u =>
            string.Equals(u.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrEmpty(u.TenantId) || string.Equals(u.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)));
        var catalog = catalogs.Current;
        var evaluator = new AccessEvaluator(catalog);
        Caller? caller = null;
        if (mapping is not null && evaluator.DemoCaller(mapping.User) is { } known)
            caller = known with { Kind = CallerKind.Authenticated, DisplayName = known.DisplayName ?? from?.Name };
        else if (!string.IsNullOrWhiteSpace(settings.UnknownUserRole))
            caller = new Caller($"teams:{aad}", [settings.UnknownUserRole], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated, from?.Name);

        if (directory is not { IsConfigured: true } || catalog.Access.Groups.Count == 0) return caller;
        var lookup = await directory.GroupsOfAsync(aad, cancellationToken);
        if (!lookup.Succeeded || lookup.GroupIds.Count == 0) return caller;
        var withGroups = new RoleResolver(catalog.Access).WithGroups(
            caller ?? new Caller($"teams:{aad}", [], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated, from?.Name), lookup.GroupIds);
        return withGroups.Roles.Count == 0 ? caller : withGroups;
    }
}
