using MetricAssistant.Bot.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Hosting;

/// <summary>Says loudly at start when /api/messages accepts activities without a Connector token.</summary>
public sealed class TeamsStartupCheck(IConnectorAuthenticator authenticator, ILogger<TeamsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!authenticator.IsEnabled)
            logger.LogWarning("TEAMS BOT AUTHENTICATION IS OFF: no Bot:AppId is configured, so /api/messages accepts activities without a Bot Connector token. " +
                              "That is for local development and the Teams simulator only; set Bot:AppId, Bot:AppPassword and Bot:TenantId before exposing the endpoint.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
