using MetricAssistant.Charts;
using MetricAssistant.Demo;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Planner.Llm;
using MetricAssistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Cli.Commands;

/// <summary>The same services as the web host, configured from the repository's appsettings.json and the environment.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var root = RepositoryRoot.Locate();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root.Path, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        // Logs go to stderr so that JSON on stdout stays machine-readable.
        // Quiet by default: the CLI's output is its answer; Cli__Logging__LogLevel__Default=Information shows more.
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Cli:Logging")).SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddMetricAssistant(configuration, root)
            .AddMetricRetrieval(configuration)
            .AddLlmPlanner(configuration, root)
            .AddCharts(configuration)
            .AddDemoWarehouse();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The services, with the demo warehouse generated first when it is missing (as the web service does on start).</summary>
    public static async Task<ServiceProvider> BuildReadyAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var services = Build(overrides);
        await services.GetRequiredService<DemoWarehouseBootstrapper>().EnsureAsync(cancellationToken);
        return services;
    }
}
