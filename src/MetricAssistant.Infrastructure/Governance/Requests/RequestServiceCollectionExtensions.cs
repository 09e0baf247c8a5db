using MetricAssistant.Application.Governance.Inbox;
using MetricAssistant.Application.Governance.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Requests;

public static class RequestServiceCollectionExtensions
{
    /// <summary>
    /// Requests and the owners' inbox: <see cref="RequestOptions"/> (section <c>Requests</c>) validated on start, the chosen
    /// <see cref="IRequestStore"/> (<see cref="SqliteRequestStore"/> at <c>Requests:SqlitePath</c> relative to the repository
    /// root, <see cref="PostgresRequestStore"/> on <c>Requests:PostgresConnectionString</c> or <c>ConnectionStrings:Shared</c>,
    /// or <see cref="InMemoryRequestStore"/>), <see cref="RequestRouter"/>, <see cref="RequestService"/>, <see cref="InboxService"/>
    /// and <see cref="OwnerFeedback"/>. Doors add their <see cref="IRequestNotifier"/>s (Teams: a message to the conversation).
    /// </summary>
    public static IServiceCollection AddMetricRequests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RequestOptions>().Bind(configuration.GetSection(RequestOptions.Section)).ValidateDataAnnotations()
            .PostConfigure(o => o.PostgresConnectionString ??= configuration.GetConnectionString("Shared"))
            .Validate(o => o.Store != "postgres" || IsConnectionString(o.PostgresConnectionString),
                "Requests:PostgresConnectionString (or ConnectionStrings:Shared) is required when Requests:Store is postgres, as a valid Npgsql connection string.")
            .ValidateOnStart();
        services.AddSingleton<IRequestStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RequestOptions>>().Value;
            return options.Store switch
            {
                "postgres" => new PostgresRequestStore(options.PostgresConnectionString!),
                "memory" => new InMemoryRequestStore(),
                _ => new SqliteRequestStore((sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate()).Resolve(options.SqlitePath)),
            };
        });
        services.AddSingleton<RequestRouter>();
        services.AddSingleton<RequestService>();
        services.AddSingleton<WordingKeys>();
        services.AddSingleton<InboxService>();
        services.AddSingleton<OwnerFeedback>();
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
