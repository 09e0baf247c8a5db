using MetricAssistant.Application.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Hosting;

/// <summary>Says loudly at start when /api/messages accepts activities without a Connector token.</summary>
public sealed class TeamsStartupCheck(IOptions<BotOptions> bot, IOptions<IdentityOptions> identity, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public const string SimulatorWarning =
        "BOT:ALLOWUNAUTHENTICATEDSIMULATOR IS ON: demo identities are off but /api/messages accepts activities WITHOUT a Bot Connector token, " +
        "so anyone who can reach it may claim to be any mapped Teams user. Replies still go only to Bot:AllowedServiceUrls and loopback. " +
        "This is for the local Teams simulator only; turn it off and set Bot:AppId and Bot:AppPassword before the endpoint is reachable from outside.";

    public const string DemoWarning =
        "TEAMS BOT AUTHENTICATION IS OFF: no Bot:AppId is configured, so /api/messages accepts activities without a Bot Connector token (demo mode). " +
        "That is for local development and the Teams simulator only; set Bot:AppId, Bot:AppPassword and Bot:TenantId before exposing the endpoint.";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (bot.Value.AuthenticationEnabled)
            return Task.CompletedTask;
        if (!identity.Value.DemoIdentities && bot.Value.AllowUnauthenticatedSimulator)
            logger.LogWarning(SimulatorWarning);
        else
            logger.LogWarning(DemoWarning);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
