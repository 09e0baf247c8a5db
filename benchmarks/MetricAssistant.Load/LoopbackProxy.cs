using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace MetricAssistant.Load;

/// <summary>
/// A YARP reverse proxy on a loopback port, in this process, spreading requests round-robin over the replicas. An
/// active health check (<c>/health/live</c> every 500 ms, one failure) takes a dead replica out of the rotation.
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackProxy(WebApplication app) => this.app = app;

    public static async Task<LoopbackProxy> StartAsync(Uri address, IEnumerable<Replica> replicas, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address.ToString());
        var destinations = replicas.ToDictionary(r => r.Name, r => new DestinationConfig { Address = r.BaseUri.ToString() });
        var cluster = new ClusterConfig
        {
            ClusterId = "replicas",
            LoadBalancingPolicy = "RoundRobin",
            Destinations = destinations,
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromSeconds(2), Policy = "ConsecutiveFailures", Path = "/health/live" },
            },
            Metadata = new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = "1" },
        };
        var route = new RouteConfig { RouteId = "all", ClusterId = "replicas", Match = new RouteMatch { Path = "{**path}" } };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync(cancellationToken);
        return new LoopbackProxy(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
