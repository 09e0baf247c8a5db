namespace MetricAssistant.Load;

/// <summary>
/// Throughput and latency of repeated and distinct questions on both doors (<c>/api/ask</c>, <c>/api/query</c>),
/// on one replica directly and on two behind the proxy. Any request that is not an answered 200 is a failure.
/// </summary>
public sealed class ThroughputMatrix(LoadSettings settings, LoadDriver driver, LoadReport report)
{
    public async Task RunAsync(string mode, ReplicaPair replicas, Uri proxy, Func<long> nextOffset, CancellationToken cancellationToken)
    {
        report.Line($"\n### {mode}: {settings.Concurrency} connections, {settings.CellDuration.TotalSeconds:F1} s a cell (load average {LoadAverage.Now})\n");
        report.Line(CellFigures.Header);
        foreach (var (label, target, serving) in new[] { ("1 replica", replicas.A.BaseUri, new[] { replicas.A }), ("2 replicas + proxy", proxy, [replicas.A, replicas.B]) })
        {
            foreach (var make in new Func<Workload>[] { Workload.RepeatedAsk, () => Workload.DistinctAsk(nextOffset()), Workload.RepeatedQuery, () => Workload.DistinctQuery(nextOffset()) })
            {
                var workload = make();
                // Warm-up: connections, JIT, and for repeated questions the first (uncached) answer.
                await driver.RunAsync(target, workload, settings.Concurrency, TimeSpan.FromSeconds(settings.Short ? 0.3 : 1), settings.MaxRequestsPerCell, null, cancellationToken);
                var cpu = CpuUse.Start(serving);
                var samples = await driver.RunAsync(target, workload, settings.Concurrency, settings.CellDuration, settings.MaxRequestsPerCell, null, cancellationToken);
                var figures = cpu.Stop(CellFigures.From($"{mode}, {label}, {workload.Name}", samples, settings.CellDuration));
                report.Line(figures.Row());
                if (figures.Errors > 0) report.Problem($"{figures.Name}: {figures.Errors} of {figures.Count} requests not answered ({figures.FirstError})");
            }
        }
    }

    /// <summary>One connection, one request after another: the latency a single caller sees, and the server's time.</summary>
    public async Task<CellFigures> SequentialAsync(string name, Replica target, Workload workload, CancellationToken cancellationToken)
    {
        var cpu = CpuUse.Start([target]);
        var samples = await driver.RunAsync(target.BaseUri, workload, 1, TimeSpan.FromMinutes(5), settings.SequentialCount, null, cancellationToken);
        var figures = cpu.Stop(CellFigures.From(name, samples, TimeSpan.FromSeconds(Math.Max(0.001, samples[^1].StartSeconds - samples[0].StartSeconds))));
        if (figures.Errors > 0) report.Problem($"{name}: {figures.Errors} of {figures.Count} requests not answered ({figures.FirstError})");
        return figures;
    }
}
