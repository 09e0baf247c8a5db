using System.Security.Claims;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// Turns the request's authenticated principal into a <see cref="Caller"/>. Three outcomes:
/// a <see cref="Caller"/> (a valid token or API key — it always wins over the request's <c>user</c>);
/// <c>null</c> with no error (demo identities on and no credentials: the application resolves the request's
/// <c>user</c> among the demo users);
/// <c>null</c> with an error (answer 401): credentials that do not authenticate, or — demo identities off —
/// none at all; or (answer 403) a token whose groups were left out and could not be read (<see cref="GroupsOverage"/>).
/// A token's roles are its roles claim ∪ the roles its groups claim maps to (<see cref="RoleResolver"/>, the policy's
/// <c>groups:</c>). Endpoints receive the outcome as a bound <see cref="ResolvedCaller"/>.
/// </summary>
public sealed class CallerResolver(IOptions<CallerAuthOptions> auth, IOptions<IdentityOptions> identity, ICatalogProvider? catalogs = null)
{
    public const string AuthenticationRequired = "authentication required";
    public const string InvalidCredentials = "invalid credentials";
    /// <summary>The start of the problem for a token whose groups could not be had; the reason follows.</summary>
    public const string GroupsUnavailable = "groups unavailable";

    public Caller? Resolve(HttpContext context, out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        error = null;

        var authenticated = context.User.Identities.FirstOrDefault(i => i.IsAuthenticated
            && i.AuthenticationType is CallerAuthDefaults.BearerScheme or CallerAuthDefaults.ApiKeyScheme);
        if (authenticated is not null)
        {
            if (authenticated.FindFirst(GroupsOverage.UnavailableClaim) is { } unavailable)
            {
                error = $"{GroupsUnavailable}: {unavailable.Value}";
                return null;
            }
            var caller = authenticated.AuthenticationType == CallerAuthDefaults.ApiKeyScheme ? FromApiKey(authenticated) : FromToken(authenticated);
            if (caller is null)
                error = InvalidCredentials;
            return caller;
        }

        if (PresentsCredentials(context.Request))
        {
            // A bad token or key never falls back to a demo identity: the client meant to be someone.
            error = InvalidCredentials;
            return null;
        }

        if (identity.Value.DemoIdentities)
            return null; // the application resolves the requested demo user

        error = AuthenticationRequired;
        return null;
    }

    private Caller? FromToken(ClaimsIdentity principal)
    {
        var options = auth.Value;
        var userId = FirstValue(principal, options.EffectiveUserIdClaims);
        if (userId is null)
            return null;
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (attribute, claim) in options.AttributeClaims)
        {
            var values = Values(principal, claim);
            if (values.Count > 0)
                attributes[attribute] = values;
        }
        var displayName = FirstValue(principal, ["name", "preferred_username"]);
        var caller = new Caller(userId, Values(principal, options.RolesClaim), attributes, CallerKind.Authenticated, displayName);
        var groups = Values(principal, options.GroupsClaim);
        return groups.Count == 0 || catalogs is null ? caller : new RoleResolver(catalogs.Current.Access).WithGroups(caller, groups);
    }

    private static Caller? FromApiKey(ClaimsIdentity principal)
    {
        var name = FirstValue(principal, [CallerAuthDefaults.ApiKeyNameClaim]);
        if (name is null)
            return null;
        var attributes = principal.Claims
            .Where(c => c.Type.StartsWith(CallerAuthDefaults.ApiKeyAttributePrefix, StringComparison.Ordinal))
            .GroupBy(c => c.Type[CallerAuthDefaults.ApiKeyAttributePrefix.Length..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new Caller(name, Values(principal, CallerAuthDefaults.ApiKeyRoleClaim), attributes, CallerKind.System, name);
    }

    private static bool PresentsCredentials(HttpRequest request)
        => request.Headers.ContainsKey(CallerAuthDefaults.ApiKeyHeader)
           || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first non-empty value among <paramref name="claimTypes"/>, in their order.</summary>
    internal static string? FirstValue(ClaimsIdentity identity, IEnumerable<string> claimTypes)
    {
        foreach (var type in claimTypes)
        {
            var value = identity.FindAll(c => string.Equals(c.Type, type, StringComparison.Ordinal))
                .Select(c => c.Value.Trim()).FirstOrDefault(v => v.Length > 0);
            if (value is not null)
                return value;
        }
        return null;
    }

    /// <summary>All values of a claim, whether repeated (a JSON array) or one comma-separated string.</summary>
    internal static IReadOnlyList<string> Values(ClaimsIdentity identity, string claimType)
        => identity.FindAll(c => string.Equals(c.Type, claimType, StringComparison.Ordinal))
            .SelectMany(c => c.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
