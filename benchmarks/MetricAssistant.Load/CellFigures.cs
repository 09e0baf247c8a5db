using System.Globalization;

namespace MetricAssistant.Load;

/// <summary>
/// The figures of one throughput cell: requests per second, client latency p50/p95/p99, errors (anything but an
/// answered 200), the server's own time (<c>timings.totalMs</c>) for cache hits and for the rest, and the CPU time the
/// replicas and the load tool (generator and proxy) spent per request — on a shared machine the steadier figure.
/// </summary>
public sealed record CellFigures(string Name, int Count, double Seconds, int Errors, string? FirstError, double P50, double P95, double P99, int Hits, double HitServerP50, double HitServerP95, double OtherServerP50)
{
    public double PerSecond => Count / Seconds;

    /// <summary>CPU milliseconds the replicas serving the cell used per request (null when not measured).</summary>
    public double? ReplicaCpuMs { get; init; }

    /// <summary>CPU milliseconds this tool (the load generator and the proxy) used per request.</summary>
    public double? ToolCpuMs { get; init; }

    /// <summary>The cell with its CPU per request from the CPU seconds used while it ran.</summary>
    public CellFigures WithCpu(double? replicaSeconds, double toolSeconds) => Count == 0 ? this : this with
    {
        ReplicaCpuMs = replicaSeconds * 1000 / Count,
        ToolCpuMs = toolSeconds * 1000 / Count,
    };

    /// <param name="duration">The time requests were started in; when the last answer came later, the time until it is used.</param>
    public static CellFigures From(string name, IReadOnlyList<Sample> samples, TimeSpan duration)
    {
        if (samples.Count > 0)
        {
            var span = samples.Max(s => s.StartSeconds + s.LatencyMs / 1000) - samples.Min(s => s.StartSeconds);
            duration = TimeSpan.FromSeconds(Math.Max(duration.TotalSeconds, span));
        }
        var latencies = samples.Select(s => s.LatencyMs).ToArray();
        var failed = samples.Where(s => !s.Answered).ToArray();
        var hits = samples.Where(s => s.Answered && s.Cache == "hit" && s.ServerMs is not null).Select(s => s.ServerMs!.Value).ToArray();
        var others = samples.Where(s => s.Answered && s.Cache != "hit" && s.ServerMs is not null).Select(s => s.ServerMs!.Value).ToArray();
        var first = failed.FirstOrDefault();
        return new CellFigures(name, samples.Count, duration.TotalSeconds, failed.Length, first is null ? null : $"HTTP {first.Http} {first.Status} {first.Error}".Trim(),
            Percentile.Of(latencies, 0.50), Percentile.Of(latencies, 0.95), Percentile.Of(latencies, 0.99),
            hits.Length, Percentile.Of(hits, 0.50), Percentile.Of(hits, 0.95), Percentile.Of(others, 0.50));
    }

    public const string Header = "| cell | req/s | p50 ms | p95 ms | p99 ms | errors | cache hits | server ms: hit p50 / p95, uncached p50 | CPU ms/req: replicas, tool |\n|---|---|---|---|---|---|---|---|---|";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {PerSecond:F0} | {P50:F1} | {P95:F1} | {P99:F1} | {Errors}{(FirstError is null ? "" : $" ({FirstError})")} | {Hits}/{Count} | {Ms(HitServerP50)} / {Ms(HitServerP95)}, {Ms(OtherServerP50)} | {Ms(ReplicaCpuMs ?? double.NaN)}, {Ms(ToolCpuMs ?? double.NaN)} |");

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString("F2", CultureInfo.InvariantCulture);
}
