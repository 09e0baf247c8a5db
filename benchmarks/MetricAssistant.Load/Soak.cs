using System.Globalization;

namespace MetricAssistant.Load;

/// <summary>
/// A steady rate through the proxy for a fixed time, the four kinds of request in turn; no request may fail, and
/// each replica's resident memory is read at the start, every few seconds, and at the end, with its managed heap
/// after the last collection (the runtime's own meter at <c>/metrics</c>): RSS that grows while the heap does not is
/// the runtime's reserve, not data kept. The live heap (after a forced full collection) is read at the start, every
/// two minutes and at the end: the figure that says whether requests leave anything behind.
/// </summary>
public sealed class Soak(LoadSettings settings, LoadDriver driver, LoadReport report, HttpClient http)
{
    private static readonly TimeSpan LiveHeapEvery = TimeSpan.FromMinutes(2);

    public async Task RunAsync(Uri proxy, IReadOnlyList<Replica> replicas, long offset, CancellationToken cancellationToken)
    {
        report.Line($"\n### Soak: {settings.SoakRate:F0} requests/s through the proxy for {settings.SoakDuration.TotalSeconds:F0} s (load average {LoadAverage.Now} at the start)\n");
        var kinds = new[] { Workload.RepeatedAsk(), Workload.DistinctAsk(offset), Workload.RepeatedQuery(), Workload.DistinctQuery(offset) };
        var mixed = new Workload("mixed", i => kinds[i % kinds.Length].Next());
        var start = replicas.Select(r => r.ResidentMiB()).ToArray();
        var heapStart = await Task.WhenAll(replicas.Select(r => r.ManagedHeapMiBAsync(http, cancellationToken)));
        var liveHeap = new LiveHeap(http);
        var live = replicas.Select(_ => new List<string>()).ToArray();
        async Task ReadLiveHeapsAsync()
        {
            for (var i = 0; i < replicas.Count; i++)
            {
                var (mib, failure) = await liveHeap.ReadAsync(replicas[i], cancellationToken);
                live[i].Add(mib is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : $"unread ({failure})");
            }
        }
        await ReadLiveHeapsAsync();
        var nextLiveHeap = DateTime.UtcNow + LiveHeapEvery;
        var cpu = CpuUse.Start(replicas);
        var peak = start.Select(v => v ?? 0).ToArray();
        var load = driver.RunAsync(proxy, mixed, 64, settings.SoakDuration, int.MaxValue, settings.SoakRate, cancellationToken);
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
            for (var i = 0; i < replicas.Count; i++) peak[i] = Math.Max(peak[i], replicas[i].ResidentMiB() ?? 0);
            if (!load.IsCompleted && DateTime.UtcNow >= nextLiveHeap)
            {
                await ReadLiveHeapsAsync();
                nextLiveHeap = DateTime.UtcNow + LiveHeapEvery;
            }
        }
        var samples = await load;
        await ReadLiveHeapsAsync();
        var end = replicas.Select(r => r.ResidentMiB()).ToArray();
        var heapEnd = await Task.WhenAll(replicas.Select(r => r.ManagedHeapMiBAsync(http, cancellationToken)));
        var figures = cpu.Stop(CellFigures.From("soak", samples, settings.SoakDuration));
        report.Line(CellFigures.Header);
        report.Line(figures.Row());
        for (var i = 0; i < replicas.Count; i++)
            report.Line(string.Create(CultureInfo.InvariantCulture,
                $"- replica {replicas[i].Name}: RSS {start[i]:F0} MiB at the start, {end[i]:F0} MiB at the end, peak {peak[i]:F0} MiB; managed heap after the last GC {heapStart[i]:F0} → {heapEnd[i]:F0} MiB; live heap (after a forced full GC, less the free space it left; start, every {LiveHeapEvery.TotalMinutes:F0} min, end) {string.Join(" → ", live[i])} MiB"));
        report.Line($"- load average at the end {LoadAverage.Now}");
        if (figures.Errors > 0) report.Problem($"soak: {figures.Errors} of {figures.Count} requests not answered ({figures.FirstError})");
        if (figures.PerSecond < settings.SoakRate * 0.9)
            report.Line($"- the rate was not held: {figures.PerSecond:F1} requests/s of {settings.SoakRate:F0} (the server, or this machine, did not keep up)");
    }
}
