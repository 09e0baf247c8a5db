using MetricAssistant.Application.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MetricAssistant.Api.Hosting;

/// <summary>
/// OpenTelemetry for the web service: the product's ActivitySource and Meter (<see cref="TelemetryNames.Source"/>),
/// ASP.NET Core and Npgsql spans, a Prometheus scrape endpoint at <c>/metrics</c>, and OTLP export of traces, metrics
/// and logs when a collector is configured. Application code only uses System.Diagnostics.
/// </summary>
public static class TelemetryComposition
{
    public static WebApplicationBuilder AddMetricAssistantTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Problems() is { Count: > 0 } problems) throw new InvalidOperationException(string.Join(" ", problems));
        var endpoint = options.Otlp.Endpoint is { Length: > 0 } e ? new Uri(e) : null;
        // The standard variable works too; the exporter reads it (and its companions) itself.
        var otlp = endpoint is not null || !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        // Log lines carry the trace and span ids of the request they belong to (console scopes, OTLP records).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TelemetryNames.Source).AddAspNetCoreInstrumentation().AddNpgsql();
                if (otlp) tracing.AddOtlpExporter(o => Configure(o, options, endpoint, "traces"));
            })
            .WithMetrics(metrics =>
            {
                // "System.Runtime" is .NET's own meter (GC heap, committed memory, working set, thread pool): memory growth
                // can be told apart as managed data or the runtime's reserve.
                metrics.AddMeter(TelemetryNames.Source, "Npgsql", "System.Runtime").AddAspNetCoreInstrumentation().AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter(o => Configure(o, options, endpoint, "metrics"));
            });
        if (otlp)
            telemetry.WithLogging(logging => logging.AddOtlpExporter(o => Configure(o, options, endpoint, "logs")), o => o.IncludeScopes = true);
        return builder;
    }

    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options, Uri? endpoint, string signal)
    {
        if (endpoint is null) return;
        var grpc = options.Otlp.Protocol == "grpc";
        exporter.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        // Set in code, the address is used as is: http/protobuf needs the signal's path.
        exporter.Endpoint = grpc ? endpoint : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/v1/" + signal);
    }
}
