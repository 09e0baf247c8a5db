using System.Security.Claims;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// Entra ID leaves a user's groups out of a token when they are too many (over 200 in a JWT) and says so with an
/// overage marker instead: <c>_claim_names</c> naming <c>groups</c> (with a <c>_claim_sources</c> link to Graph), or
/// <c>hasgroups: true</c> (implicit flow). Then the groups are read from the directory source (<c>Directory:Source</c>)
/// by the token's <c>oid</c>; when there is none or it fails, the request is refused with 403 and the reason
/// (<see cref="CallerResolver.GroupsUnavailable"/>), never answered with fewer rights silently.
/// </summary>
public static class GroupsOverage
{
    /// <summary>Set on the identity when the groups could not be had; its value is the reason.</summary>
    public const string UnavailableClaim = "ma_groups_unavailable";

    public static bool IsMarked(ClaimsIdentity identity, string groupsClaim)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (identity.HasClaim(c => c.Type == groupsClaim)) return false;
        var names = identity.FindFirst("_claim_names")?.Value;
        return (names is not null && names.Contains($"\"{groupsClaim}\"", StringComparison.Ordinal))
               || string.Equals(identity.FindFirst("hasgroups")?.Value, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Adds the directory's groups as <paramref name="groupsClaim"/> claims, or <see cref="UnavailableClaim"/> with why not.</summary>
    public static async Task ResolveAsync(ClaimsIdentity identity, string groupsClaim, IDirectoryGroups? directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var oid = identity.FindFirst("oid")?.Value;
        string reason;
        if (directory is not { IsConfigured: true })
            reason = "the token leaves out the user's groups (too many to include) and no directory source is configured to read them (Directory:Source)";
        else if (string.IsNullOrWhiteSpace(oid))
            reason = "the token leaves out the user's groups (too many to include) and has no oid claim to read them from the directory by";
        else
        {
            var lookup = await directory.GroupsOfAsync(oid, cancellationToken);
            if (lookup.Succeeded)
            {
                identity.AddClaims(lookup.GroupIds.Select(g => new Claim(groupsClaim, g)));
                return;
            }
            reason = $"the token leaves out the user's groups (too many to include) and the directory could not be read: {lookup.Failure}";
        }
        identity.AddClaim(new Claim(UnavailableClaim, reason));
    }
}
