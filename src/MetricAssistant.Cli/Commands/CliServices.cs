using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Cli.Commands;

/// <summary>The same services as the web host, configured from the repository's appsettings.json and the environment.</summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var root = RepositoryRoot.Locate();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root.Path, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        // Logs go to stderr so that JSON on stdout stays machine-readable.
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddMetricAssistant(configuration, root);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
