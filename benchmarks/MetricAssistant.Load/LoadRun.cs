using System.Diagnostics;
using System.Globalization;

namespace MetricAssistant.Load;

/// <summary>
/// The whole run, bounded in time and count and on loopback only: the throughput matrix without and with the result
/// cache, latency at one connection against the raw warehouse, the soak, and the faults. Returns the report, whose
/// problems (errors, never speed) decide the exit code.
/// </summary>
public sealed class LoadRun(LoadSettings settings)
{
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new LoadReport(Path.Combine(settings.WorkDirectory, "figures.md"));
        var clock = Stopwatch.StartNew();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, ConnectTimeout = TimeSpan.FromSeconds(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var driver = new LoadDriver(http, clock);
        var matrix = new ThroughputMatrix(settings, driver, report);
        long offset = 0;
        long NextOffset() => offset += 3000;

        report.Line($"## Load, soak and faults ({(settings.Short ? "short" : "full")} run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        report.Line($"machine: {Environment.ProcessorCount} cores, load average at the start {LoadAverage.Now} (the load generator and the proxy share these cores with the replicas and PostgreSQL)");
        await new Preparation(settings).RunAsync(cancellationToken);

        await using (var replicas = await ReplicaPair.StartAsync(settings, cached: false, http, cancellationToken))
        await using (await LoopbackProxy.StartAsync(settings.ProxyUri, replicas.All, cancellationToken))
        {
            await matrix.RunAsync("uncached (Cache:Enabled=false)", replicas, settings.ProxyUri, NextOffset, cancellationToken);
            var server = await matrix.SequentialAsync("uncached query, 1 connection", replicas.A, Workload.RepeatedQuery(), cancellationToken);
            var (sql, raw) = await new RawWarehouse(settings).TimeNewestQueryAsync(settings.SequentialCount, cancellationToken);
            var rawP50 = Percentile.Of(raw, 0.5);
            report.Line($"\n### Against the raw warehouse: the same compiled SQL ({sql.Length} characters, gmv by region and month over 2025), one connection, {settings.SequentialCount} times\n");
            report.Line($"- warehouse alone (Npgsql, pooled): p50 {rawP50:F2} ms, p95 {Percentile.Of(raw, 0.95):F2} ms");
            report.Line($"- through the service, uncached: server time p50 {server.OtherServerP50:F2} ms, client p50 {server.P50:F2} ms, p95 {server.P95:F2} ms");
            var aim = 1.2 * rawP50 + 5;
            report.Line($"- ratio server / warehouse {server.OtherServerP50 / rawP50:F2} (client {server.P50 / rawP50:F2}); aim server ≤ 1.2 × warehouse + 5 ms = {aim:F1} ms: {(server.OtherServerP50 <= aim ? "met" : "missed")}");
        }

        await using (var replicas = await ReplicaPair.StartAsync(settings, cached: true, http, cancellationToken))
        await using (await LoopbackProxy.StartAsync(settings.ProxyUri, replicas.All, cancellationToken))
        {
            await matrix.RunAsync("cached (memory + Redis)", replicas, settings.ProxyUri, NextOffset, cancellationToken);
            report.Line($"\n### Cached answers' server time, one connection, {settings.SequentialCount} requests\n");
            foreach (var workload in new[] { Workload.RepeatedQuery(), Workload.RepeatedAsk() })
            {
                var figures = await matrix.SequentialAsync($"cached {workload.Name}, 1 connection", replicas.A, workload, cancellationToken);
                report.Line($"- {workload.Name}: server time of hits p50 {figures.HitServerP50:F3} ms, p95 {figures.HitServerP95:F3} ms ({figures.Hits} hits of {figures.Count}); client p50 {figures.P50:F2} ms; replica CPU {figures.ReplicaCpuMs:F2} ms a request; aim ≤ 1 ms: {(figures.HitServerP50 <= 1 ? "met" : "missed")} at p50 (load average {LoadAverage.Now})");
            }
            await new Soak(settings, driver, report, http).RunAsync(settings.ProxyUri, replicas.All, NextOffset(), cancellationToken);

            report.Line($"\n### Faults (two replicas behind the proxy; background load 40 distinct + 20 repeated structured queries a second)\n");
            var servers = new ServerControl(settings);
            var faults = new FaultRun(settings, driver, http, servers, new AuditCheck(settings), report, clock);
            await faults.ServerAsync("warehouse", "503 warehouse_unavailable", s => s.Http == 503 && s.Error == "warehouse_unavailable", replicas.All, NextOffset(), readinessFails: true, cancellationToken);
            await faults.ServerAsync("redis", "nothing (answers continue uncached)", _ => false, replicas.All, NextOffset(), readinessFails: false, cancellationToken);
            await faults.ServerAsync("shared", "a clear refusal (503 with an error code)", s => s.Http == 503 && s.Error is not null, replicas.All, NextOffset(), readinessFails: true, cancellationToken);
            await faults.KillAsync(replicas.A, cancellationToken);
        }
        report.Line(string.Create(CultureInfo.InvariantCulture, $"\nload average at the end {LoadAverage.Now}; run took {clock.Elapsed.TotalSeconds:F0} s; {report.Problems.Count} problems"));
        await report.SaveAsync();
        return report;
    }
}
