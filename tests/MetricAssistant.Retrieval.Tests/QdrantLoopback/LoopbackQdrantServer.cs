using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// A Qdrant stand-in on loopback: Kestrel serving HTTP/2 without TLS (h2c, as Qdrant's gRPC port 6334 does) on a
/// random port, with the collections and points services generated from Qdrant's own .proto files
/// (proto/SOURCE.md). Optionally requires an API key like a Qdrant configured with one.
/// </summary>
public sealed class LoopbackQdrantServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackQdrantServer(WebApplication app, Uri address, LoopbackQdrantStorage storage)
    {
        this.app = app;
        Address = address;
        Storage = storage;
    }

    /// <summary>The gRPC endpoint, e.g. http://127.0.0.1:41234 (what <c>Retrieval:QdrantUrl</c> would name).</summary>
    public Uri Address { get; }

    public LoopbackQdrantStorage Storage { get; }

    public static async Task<LoopbackQdrantServer> StartAsync(string? apiKey = null, CancellationToken cancellationToken = default)
    {
        var storage = new LoopbackQdrantStorage();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(storage);
        builder.Services.AddGrpc(options =>
        {
            // Qdrant decodes requests of any size (src/tonic/mod.rs: max_decoding_message_size(usize::MAX));
            // ASP.NET Core's default of 4 MB would refuse an upsert of 256 points of 4096 dimensions
            options.MaxReceiveMessageSize = null;
            if (apiKey is not null) options.Interceptors.Add<LoopbackApiKeyInterceptor>(apiKey);
        });
        var app = builder.Build();
        app.MapGrpcService<LoopbackCollectionsService>();
        app.MapGrpcService<LoopbackPointsService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackQdrantServer(app, new Uri(address), storage);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
