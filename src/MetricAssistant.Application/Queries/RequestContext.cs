using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Time;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Queries;

/// <summary>Who asks and when: the checks every request shares (known demo user, readable <c>now</c>).</summary>
public sealed class RequestContext(OrganizationClock clock, IOptions<IdentityOptions> identity)
{
    public (string? User, DateTime Now, ErrorDto? Error) Resolve(string? user, string? now)
    {
        var options = identity.Value;
        var who = string.IsNullOrEmpty(user) ? options.DefaultUser : user;
        if (options.DemoIdentities && (who.Length > 100 || !options.DemoUsers.Contains(who, StringComparer.Ordinal)))
            return (null, default, new ErrorDto("unknown_user", $"Unknown user. Demo users: {string.Join(", ", options.DemoUsers)}.", options.DemoUsers));
        if (!clock.TryResolve(now, out var reference))
            return (null, default, new ErrorDto("invalid_now", "'now' must be an ISO date or date-time such as 2025-07-15T10:00:00.", []));
        return (who, reference, null);
    }
}
