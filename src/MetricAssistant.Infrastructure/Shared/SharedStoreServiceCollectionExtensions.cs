using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Infrastructure.Charts;
using MetricAssistant.Infrastructure.Conversations;
using MetricAssistant.Infrastructure.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Shared;

public static class SharedStoreServiceCollectionExtensions
{
    /// <summary><see cref="SharedStoreOptions"/> from <c>ConnectionStrings:Shared</c> (checked on start) and the <see cref="SharedStore"/> pool; idempotent.</summary>
    public static IServiceCollection AddSharedStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SharedStore))) return services;
        services.AddOptions<SharedStoreOptions>()
            .Configure(o => o.ConnectionString ??= configuration.GetConnectionString(SharedStoreOptions.ConnectionStringName))
            .Validate(o => !o.Configured || SharedStoreOptions.IsConnectionString(o.ConnectionString),
                "ConnectionStrings:Shared is not a valid Npgsql connection string.")
            .ValidateOnStart();
        services.TryAddSingleton<SharedStore>();
        return services;
    }

    /// <summary>
    /// What replicas must share, chosen when first resolved: with <c>ConnectionStrings:Shared</c>, conversations, chart specs,
    /// the Teams welcome ledger and accepted Teams turns in PostgreSQL; without it, conversations in memory and the doors' own in-process
    /// implementations (registered under <see cref="LocalFallback.Key"/> by <c>AddCharts</c> and <c>AddTeamsBot</c>).
    /// </summary>
    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedStore(configuration);
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<SharedStore>() is { Configured: true } shared
            ? ActivatorUtilities.CreateInstance<PostgresConversationStore>(sp, shared)
            : ActivatorUtilities.CreateInstance<InMemoryConversationStore>(sp));
        services.AddSingleton<IChartStore>(sp => sp.GetRequiredService<SharedStore>() is { Configured: true } shared
            ? new PostgresChartStore(shared, TimeSpan.FromMinutes(configuration.GetValue("Charts:CacheMinutes", 60)), sp.GetRequiredService<TimeProvider>())
            : sp.GetRequiredKeyedService<IChartStore>(LocalFallback.Key));
        services.AddSingleton<IWelcomeLedger>(sp => sp.GetRequiredService<SharedStore>() is { Configured: true } shared
            ? new PostgresWelcomeLedger(shared, sp.GetRequiredService<TimeProvider>())
            : sp.GetRequiredKeyedService<IWelcomeLedger>(LocalFallback.Key));
        services.AddSingleton<ITurnJournal>(sp => sp.GetRequiredService<SharedStore>() is { Configured: true } shared
            ? new PostgresTurnJournal(shared, sp.GetRequiredService<TimeProvider>())
            : sp.GetRequiredKeyedService<ITurnJournal>(LocalFallback.Key));
        return services;
    }
}
