using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace MetricAssistant.Api.Tests.Telemetry;

/// <summary>
/// Alone: every host in the test process listens to the product's ActivitySource, and under the whole suite their
/// spans would fill this exporter's batch queue (spans past it are dropped by design).
/// </summary>
[CollectionDefinition(nameof(OtlpExportTests), DisableParallelization = true)]
public sealed class OtlpExportCollection;

/// <summary>With <c>OpenTelemetry:Otlp:Endpoint</c> set, spans reach a collector speaking OTLP/HTTP protobuf on loopback.</summary>
[Collection(nameof(OtlpExportTests))]
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string ContentType, byte[] Body)> traces = new();
    private WebApplication? collector;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        collector = builder.Build();
        // An empty ExportTraceServiceResponse is an empty protobuf message: success, nothing rejected.
        collector.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            traces.Enqueue((request.ContentType ?? "", body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        collector.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
        await collector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (collector is not null) await collector.DisposeAsync();
    }

    private sealed class Factory(string endpoint) : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenTelemetry:Otlp:Endpoint", endpoint);
        }
    }

    [Fact]
    public async Task The_stage_spans_are_exported_as_otlp_http_protobuf()
    {
        var endpoint = collector!.Urls.Single();
        using var factory = new Factory(endpoint);
        const string question = "上个月华东区各渠道的GMV";
        var response = await factory.CreateClient().PostAsync("/api/ask", new StringContent(JsonSerializer.Serialize(new { question, user = "ceo", now = "2025-07-15T10:00:00" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "the exporter flushed");

        Assert.NotEmpty(traces);
        Assert.All(traces, t => Assert.Equal("application/x-protobuf", t.ContentType));
        var names = traces.SelectMany(t => OtlpSpanNames.Read(t.Body)).ToHashSet();
        foreach (var stage in new[] { "ask", "read", "authorise", "compile", "execute", "warehouse", "narrate", "audit" })
            Assert.Contains($"metricassistant.{stage}", names);
        var question8 = Encoding.UTF8.GetBytes("华东");
        Assert.DoesNotContain(traces, t => t.Body.AsSpan().IndexOf(question8) >= 0);
    }
}
