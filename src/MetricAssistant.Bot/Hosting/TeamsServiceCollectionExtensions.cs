using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Bot.Handling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricAssistant.Bot.Hosting;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The Teams door: Connector authentication and client, user mapping, the turn handler and runner, and the Teams notice of an answered request.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotConnector(configuration);
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAnswerImageLinker, ChartImageLinker>();
        services.AddSingleton<TeamsIdentityMapper>();
        services.AddSingleton<ConversationRosters>();
        services.AddSingleton<SharedConversations>();
        services.AddSingleton<TeamsTurnHandler>();
        // Requests made in Teams hear back in Teams.
        services.AddSingleton<IRequestNotifier, TeamsRequestNotifier>();
        services.AddSingleton<TeamsTurnRunner>();
        // In the process unless the shared store's composition registered the shared ledger already.
        services.AddKeyedSingleton<IWelcomeLedger, WelcomeLedger>(LocalFallback.Key);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IWelcomeLedger>(LocalFallback.Key));
        services.AddKeyedSingleton<ITurnJournal, LocalTurnJournal>(LocalFallback.Key);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<ITurnJournal>(LocalFallback.Key));
        services.AddHostedService<TurnRecovery>();
        services.AddHostedService<TeamsStartupCheck>();
        return services;
    }
}
