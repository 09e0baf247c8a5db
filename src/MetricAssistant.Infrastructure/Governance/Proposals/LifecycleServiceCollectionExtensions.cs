using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Proposals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

public static class LifecycleServiceCollectionExtensions
{
    /// <summary>
    /// The lifecycle (propose → review → publish): <see cref="GovernanceOptions"/> (section <c>Governance</c>) validated on
    /// start, the chosen <see cref="IProposalStore"/>, and the services. Publishing writes to <see cref="ICatalogStore"/>;
    /// until the catalog store's own registration is added, an in-memory one stands in (TryAdd, so that one wins).
    /// </summary>
    public static IServiceCollection AddGovernanceLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var shared = configuration.GetConnectionString("Shared");
        services.AddOptions<GovernanceOptions>().Bind(configuration.GetSection(GovernanceOptions.Section))
            .PostConfigure(o => o.PostgresConnectionString ??= shared)
            .ValidateDataAnnotations()
            .Validate(o => o.ProposalStore != "postgres" || IsConnectionString(o.PostgresConnectionString),
                "Governance:PostgresConnectionString (or ConnectionStrings:Shared) is required when Governance:ProposalStore is postgres, as a valid Npgsql connection string.")
            .ValidateOnStart();
        services.AddSingleton<IProposalStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GovernanceOptions>>().Value;
            return options.ProposalStore switch
            {
                "postgres" => new PostgresProposalStore(options.PostgresConnectionString!),
                "memory" => new InMemoryProposalStore(),
                _ => new SqliteProposalStore((sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate()).Resolve(options.SqlitePath)),
            };
        });
        var files = string.Equals(configuration["Catalog:Source"], "files", StringComparison.OrdinalIgnoreCase);
        services.AddSingleton(new LifecycleSettings(files));
        services.AddSingleton<CatalogDocuments>();
        services.AddSingleton<GovernanceContext>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<ProposalReviewService>();
        services.AddSingleton<ProposalPublisher>();
        return services;
    }

    private static bool IsConnectionString(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
