using MetricAssistant.Application.Learning;
using MetricAssistant.Understanding.Examples;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Learning;

public static class ExampleServiceCollectionExtensions
{
    /// <summary>
    /// The loop that learns: <see cref="ExampleOptions"/> (section <c>Examples</c>) validated on start, the chosen
    /// <see cref="ILearnedExampleStore"/> (<see cref="SqliteExampleStore"/> at <c>Examples:SqlitePath</c> relative to the
    /// repository root, <see cref="PostgresExampleStore"/>, or <see cref="NoExampleStore"/> for <c>none</c>), the accepted
    /// examples the question reader consults, and <see cref="LearnedExampleService"/>.
    /// </summary>
    public static IServiceCollection AddLearnedExamples(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExampleOptions>().Bind(configuration.GetSection(ExampleOptions.Section)).ValidateDataAnnotations()
            .PostConfigure(o => o.PostgresConnectionString ??= configuration.GetConnectionString("Shared"))
            .Validate(o => o.Store != "postgres" || IsConnectionString(o.PostgresConnectionString),
                "Examples:PostgresConnectionString (or ConnectionStrings:Shared) is required when Examples:Store is postgres, as a valid Npgsql connection string.")
            .ValidateOnStart();
        services.AddSingleton<ILearnedExampleStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExampleOptions>>().Value;
            switch (options.Store)
            {
                case "postgres":
                    return new PostgresExampleStore(options.PostgresConnectionString!);
                case "none":
                    sp.GetService<ILoggerFactory>()?.CreateLogger<NoExampleStore>().LogInformation("Examples:Store is none: clarification choices and 👍 are not learned.");
                    return new NoExampleStore();
                default:
                    var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
                    return new SqliteExampleStore(root.Resolve(options.SqlitePath));
            }
        });
        services.AddSingleton<AcceptedExamples>();
        services.AddSingleton<IExampleSource>(sp => sp.GetRequiredService<AcceptedExamples>());
        services.AddSingleton<LearnedExampleService>();
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
