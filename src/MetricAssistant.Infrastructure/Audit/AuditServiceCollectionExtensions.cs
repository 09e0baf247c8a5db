using MetricAssistant.Application.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The audit trail: <see cref="AuditOptions"/> (section <c>Audit</c>) validated on start and the chosen
    /// <see cref="IAuditLog"/> as a singleton — <see cref="SqliteAuditLog"/> at <c>Audit:SqlitePath</c> (relative to
    /// the registered <see cref="RepositoryRoot"/>), <see cref="PostgresAuditLog"/> at <c>Audit:PostgresConnectionString</c> or <c>ConnectionStrings:Shared</c>,
    /// or <see cref="NoAuditLog"/> for <c>none</c>. Registered with <c>AddSingleton</c>, so it replaces a default <see cref="IAuditLog"/> added before it,
    /// and a test can still replace it by registering its own afterwards.
    /// </summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations()
            // Its own connection when given (audit may live apart), else the replicas' shared store.
            .PostConfigure(o => o.PostgresConnectionString ??= configuration.GetConnectionString("Shared"))
            .Validate(o => o.Store != "postgres" || !string.IsNullOrWhiteSpace(o.PostgresConnectionString), "Audit:PostgresConnectionString (or ConnectionStrings:Shared) is required when Audit:Store is postgres.")
            .Validate(o => o.Store != "postgres" || string.IsNullOrWhiteSpace(o.PostgresConnectionString) || IsConnectionString(o.PostgresConnectionString),
                "Audit:PostgresConnectionString is not a valid Npgsql connection string.")
            .ValidateOnStart();
        services.AddSingleton<IAuditLog>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AuditOptions>>().Value;
            var loggers = sp.GetService<ILoggerFactory>();
            switch (options.Store)
            {
                case "postgres":
                    return new PostgresAuditLog(options.PostgresConnectionString!);
                case "none":
                    loggers?.CreateLogger<NoAuditLog>().LogWarning("Audit:Store is none: answers are not recorded.");
                    return new NoAuditLog();
                default:
                    var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
                    return new SqliteAuditLog(root.Resolve(options.SqlitePath), loggers?.CreateLogger<SqliteAuditLog>());
            }
        });
        return services;
    }

    private static bool IsConnectionString(string text)
    {
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
