using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Application.Identity;

/// <summary>
/// Who asks and when, the checks every request shares. An authenticated caller (from the door) wins;
/// otherwise, only while demo identities are on, the request's <c>user</c> names one of the catalog's users.
/// </summary>
public sealed class RequestContext(OrganizationClock clock, IOptions<IdentityOptions> identity, ICatalogProvider catalogs)
{
    /// <summary>Whether a request may name its (demo) user instead of signing in.</summary>
    public bool DemoIdentities => identity.Value.DemoIdentities;

    /// <summary>The catalog's users a page may offer in a demo picker; none unless demo identities are on.</summary>
    public IReadOnlyList<UserDefinition> DemoUsers => DemoIdentities ? catalogs.Current.Access.Users : [];

    public (Caller? Caller, DateTime Now, ErrorDto? Error) Resolve(Caller? authenticated, string? user, string? now)
    {
        var caller = authenticated;
        if (caller is null)
        {
            var options = identity.Value;
            if (!options.DemoIdentities)
                return (null, default, new ErrorDto("authentication_required", "Sign in: this service does not accept a user name in the request.", []));
            var evaluator = new AccessEvaluator(catalogs.Current);
            var who = string.IsNullOrEmpty(user) ? options.DefaultUser : user;
            caller = who.Length <= 100 ? evaluator.DemoCaller(who) : null;
            if (caller is null)
                return (null, default, new ErrorDto("unknown_user", $"Unknown user. Demo users: {string.Join(", ", evaluator.DemoUserIds)}.", evaluator.DemoUserIds));
        }
        if (!clock.TryResolve(now, out var reference))
            return (null, default, new ErrorDto("invalid_now", "'now' must be an ISO date or date-time such as 2025-07-15T10:00:00.", []));
        return (caller, reference, null);
    }
}
