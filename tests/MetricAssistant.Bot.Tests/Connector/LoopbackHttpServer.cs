using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port), optionally https with a self-signed certificate,
/// that records every request and answers with the test's handler.</summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    public sealed record Received(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, DateTimeOffset At);

    private readonly WebApplication app;
    private readonly string? thumbprint;
    private int disposed;

    private LoopbackHttpServer(WebApplication app, Uri address, X509Certificate2? certificate)
    {
        this.app = app;
        Address = address;
        Certificate = certificate;
        thumbprint = certificate?.Thumbprint;
    }

    public Uri Address { get; }

    public X509Certificate2? Certificate { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public static async Task<LoopbackHttpServer> StartAsync(Func<HttpContext, Received, Task> handler, bool https = false)
    {
        var certificate = https ? SelfSigned() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
                listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        LoopbackHttpServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var received = new Received(
                context.Request.Method,
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
                context.Request.ContentType,
                await reader.ReadToEndAsync(context.RequestAborted),
                DateTimeOffset.UtcNow);
            server!.Requests.Enqueue(received);
            await handler(context, received);
        });
        await app.StartAsync();
        var bound = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server = new LoopbackHttpServer(app, new Uri($"{bound.Scheme}://127.0.0.1:{bound.Port}"), certificate);
        return server;
    }

    /// <summary>An HttpClient handler that trusts exactly this server's certificate.</summary>
    public SocketsHttpHandler TrustingHandler()
    {
        var expected = thumbprint;
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && expected is not null && cert.GetCertHashString() == expected },
        };
    }

    public Uri At(string path) => new(Address, path);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate?.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel on Linux needs the key in an exportable, persisted form: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }
}
