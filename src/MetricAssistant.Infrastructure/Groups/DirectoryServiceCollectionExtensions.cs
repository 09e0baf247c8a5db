using Azure.Core;
using MetricAssistant.Application.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Groups;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IDirectoryGroups"/> from <c>Directory</c> (validated on start): <see cref="NoDirectoryGroups"/>,
    /// <see cref="FileDirectoryGroups"/> (path relative to the registered <see cref="RepositoryRoot"/>) or
    /// <see cref="GraphDirectoryGroups"/> (a registered <see cref="TokenCredential"/> wins over the configured client
    /// secret), behind <see cref="CachedDirectoryGroups"/>.
    /// </summary>
    public static IServiceCollection AddDirectoryGroups(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>();
        services.AddSingleton<IDirectoryGroups>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DirectoryOptions>>();
            var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            var loggers = sp.GetService<ILoggerFactory>();
            IDirectoryGroups source;
            switch (options.Value.Source)
            {
                case "file":
                    var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
                    source = new FileDirectoryGroups(root.Resolve(options.Value.FilePath!), time, loggers?.CreateLogger<FileDirectoryGroups>());
                    break;
                case "graph":
                    var graph = options.Value.Graph;
                    // One client for the service's life; pooled connections are renewed so DNS changes are seen.
                    var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false });
                    var client = GraphDirectoryGroups.CreateClient(graph, sp.GetService<TokenCredential>(), http);
                    source = new GraphDirectoryGroups(client, TimeSpan.FromSeconds(graph.TimeoutSeconds), loggers?.CreateLogger<GraphDirectoryGroups>());
                    break;
                default:
                    return new NoDirectoryGroups();
            }
            return new CachedDirectoryGroups(source, options, time);
        });
        return services;
    }
}
