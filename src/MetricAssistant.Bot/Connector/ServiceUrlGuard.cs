using MetricAssistant.Application.Identity;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Connector;

/// <summary>
/// The one check every Connector address passes, inbound (an activity's serviceUrl, before anything is processed)
/// and outbound (each request the Connector client sends: replies, typing, request notices, any roster call):
/// the address must match <see cref="BotOptions.EffectiveAllowedServiceUrls"/>, or be a loopback address while
/// <see cref="LoopbackAllowed"/> (demo mode or the local simulator). Nothing else is fetched from or posted to.
/// </summary>
public sealed class ServiceUrlGuard
{
    private readonly IReadOnlyList<ServiceUrlPattern> patterns;

    public ServiceUrlGuard(IOptions<BotOptions> bot, IOptions<IdentityOptions> identity)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(identity);
        // Invalid entries stop the service at start (BotOptionsValidator); here they simply allow nothing.
        patterns = bot.Value.EffectiveAllowedServiceUrls
            .Select(p => ServiceUrlPattern.TryParse(p, out var pattern, out _) ? pattern : null)
            .OfType<ServiceUrlPattern>()
            .ToArray();
        LoopbackAllowed = identity.Value.DemoIdentities || (!bot.Value.AuthenticationEnabled && bot.Value.AllowUnauthenticatedSimulator);
    }

    /// <summary>True in demo mode or with the simulator setting: the Teams simulator listens on loopback.</summary>
    public bool LoopbackAllowed { get; }

    /// <summary>Whether <paramref name="serviceUrl"/> (an activity's, or a stored conversation's) may be called.</summary>
    public bool Allows(string? serviceUrl, out string problem)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var address))
        {
            problem = $"serviceUrl '{serviceUrl}' is not an absolute address";
            return false;
        }
        return Allows(address, out problem);
    }

    /// <summary>Whether a request to <paramref name="address"/> may be sent.</summary>
    public bool Allows(Uri address, out string problem)
    {
        ArgumentNullException.ThrowIfNull(address);
        problem = "";
        if ((address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(address.UserInfo))
            problem = $"'{address}' is not a plain http(s) address";
        else if (address.IsLoopback)
        {
            if (!LoopbackAllowed)
                problem = $"'{address.GetLeftPart(UriPartial.Authority)}' is a loopback address, allowed only in demo mode or with Bot:AllowUnauthenticatedSimulator";
        }
        else if (!patterns.Any(p => p.Matches(address)))
            problem = $"'{address.GetLeftPart(UriPartial.Authority)}' is not in Bot:AllowedServiceUrls";
        return problem.Length == 0;
    }
}
