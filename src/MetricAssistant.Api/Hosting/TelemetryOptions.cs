namespace MetricAssistant.Api.Hosting;

/// <summary>Section <c>OpenTelemetry</c>: where traces, metrics and logs are exported (OTLP), besides <c>/metrics</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The service name resources carry.</summary>
    public string ServiceName { get; set; } = "metricassistant";

    public OtlpSettings Otlp { get; set; } = new();

    /// <summary>OTLP export: off unless <see cref="Endpoint"/> (or the standard OTEL_EXPORTER_OTLP_ENDPOINT) is set.</summary>
    public sealed class OtlpSettings
    {
        /// <summary>The collector's base address (http://collector:4318); the signal paths /v1/traces, /v1/metrics and /v1/logs are added for http/protobuf.</summary>
        public string? Endpoint { get; set; }

        /// <summary><c>http/protobuf</c> (default) or <c>grpc</c>.</summary>
        public string Protocol { get; set; } = "http/protobuf";
    }

    /// <summary>The problems, if any, as sentences; checked when the host is built.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Otlp.Endpoint is { Length: > 0 } endpoint && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            problems.Add($"OpenTelemetry:Otlp:Endpoint '{endpoint}' is not an absolute http(s) address.");
        if (Otlp.Protocol is not ("http/protobuf" or "grpc"))
            problems.Add($"OpenTelemetry:Otlp:Protocol '{Otlp.Protocol}' must be http/protobuf or grpc.");
        if (string.IsNullOrWhiteSpace(ServiceName)) problems.Add("OpenTelemetry:ServiceName is empty.");
        return problems;
    }
}
