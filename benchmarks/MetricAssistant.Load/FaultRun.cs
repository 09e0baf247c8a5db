using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Load;

/// <summary>
/// Faults under load through the proxy: the warehouse, Redis and the shared store each stopped mid-load and started
/// again (the replicas are not restarted), then a replica killed between a question and its follow-up. Background
/// load: distinct structured queries (each audited under its own date range) and a repeated one (cache hits).
/// </summary>
public sealed class FaultRun(LoadSettings settings, LoadDriver driver, HttpClient http, ServerControl servers, AuditCheck audit, LoadReport report, Stopwatch clock)
{
    /// <param name="accepted">Besides an answered 200, what a request may get while the fault lasts.</param>
    public async Task ServerAsync(string server, string expected, Func<Sample, bool> accepted, IReadOnlyList<Replica> replicas, long offset, bool readinessFails, CancellationToken cancellationToken)
    {
        var auditFrom = await audit.NewestIdAsync(cancellationToken);
        // Ended by the stop below once recovered; the window only bounds it.
        var window = settings.FaultDuration + TimeSpan.FromMinutes(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var distinct = driver.RunAsync(settings.ProxyUri, Workload.DistinctQuery(offset), 4, window, int.MaxValue, 40, stop.Token);
        var repeated = driver.RunAsync(settings.ProxyUri, Workload.RepeatedQuery(), 2, window, int.MaxValue, 20, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var stopped = clock.Elapsed.TotalSeconds;
        await servers.StopAsync(server, cancellationToken);
        await Task.Delay(settings.FaultDuration / 2, cancellationToken);
        var readiness = await Task.WhenAll(replicas.Select(r => ReadinessAsync(r, cancellationToken)));
        await Task.Delay(settings.FaultDuration / 2, cancellationToken);
        var restarted = clock.Elapsed.TotalSeconds;
        await servers.StartAsync(server, cancellationToken);
        var recovered = await RecoveredAsync(offset + 20_000, cancellationToken);
        // Once one answer came back, every later one must: 40 new distinct queries, the background load still running.
        var after = recovered is null ? [] : await driver.RunAsync(settings.ProxyUri, Workload.DistinctQuery(offset + 25_000), 4, TimeSpan.FromSeconds(30), 40, null, cancellationToken);
        await stop.CancelAsync();
        var samples = (await Task.WhenAll(Quietly(distinct), Quietly(repeated))).SelectMany(s => s).Concat(after).OrderBy(s => s.StartSeconds).ToArray();

        // A request still in flight when the server stops meets the fault (its audit write may come after the stop), so
        // "before" holds only those that ended before it.
        var before = samples.Where(s => s.EndSeconds < stopped).ToArray();
        var during = samples.Except(after).Where(s => s.EndSeconds >= stopped).ToArray();
        var refused = during.Where(s => !s.Answered).ToArray();
        var wrong = refused.Where(s => !accepted(s)).ToArray();
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"- **{server} stopped** for {restarted - stopped:F1} s: before {before.Length} requests ({before.Count(s => !s.Answered)} failed); while stopped and recovering {during.Length} requests: " +
            $"{during.Count(s => s.Answered)} answered ({during.Count(s => s.Answered && s.Cache == "hit")} from the cache), {refused.Length} refused ({Describe(refused)}); " +
            $"readiness while stopped: {string.Join(", ", readiness)}; first answer from the warehouse {(recovered is { } r ? $"{r - restarted:F1} s" : "never")} after the restart; then {after.Count} new requests, {after.Count(s => !s.Answered)} failed"));
        if (before.Any(s => !s.Answered)) report.Problem($"{server}: {before.Count(s => !s.Answered)} requests failed before the fault ({Describe(before.Where(s => !s.Answered))})");
        if (wrong.Length > 0) report.Problem($"{server} stopped: {wrong.Length} requests got something other than an answer or {expected} ({Describe(wrong)})");
        if (recovered is null) report.Problem($"{server}: answers did not come back within 60 s of the restart");
        if (after.Count == 0 || after.Any(s => !s.Answered)) report.Problem($"{server}: after recovery {after.Count(s => !s.Answered)} of {after.Count} requests failed ({Describe(after.Where(s => !s.Answered))})");
        if (readinessFails && readiness.Any(r => r.StartsWith("200", StringComparison.Ordinal))) report.Problem($"{server} stopped: readiness still said ready ({string.Join(", ", readiness)})");
        await CheckAuditAsync(server, auditFrom, samples.Where(s => s.Answered && s.Key is not null && s.Cache != "hit" && IsDistinct(s)), cancellationToken);
    }

    /// <summary>A question on replica A; A killed; the follow-up through the proxy must land on B and continue the conversation.</summary>
    public async Task KillAsync(Replica victim, CancellationToken cancellationToken)
    {
        var conversation = "load-kill-" + clock.ElapsedTicks.ToString(CultureInfo.InvariantCulture);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var load = driver.RunAsync(settings.ProxyUri, Workload.RepeatedAsk(), 2, TimeSpan.FromSeconds(settings.Short ? 6 : 15), int.MaxValue, 20, stop.Token);
        var first = await AskAsync(victim.BaseUri, "2025年6月华东的GMV", conversation, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var killed = clock.Elapsed.TotalSeconds;
        victim.Kill();
        // The proxy's health check runs every 500 ms and takes a replica out after one failure.
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        var followUp = await AskAsync(settings.ProxyUri, "那华南呢", conversation, cancellationToken);
        var samples = await load;
        var failed = samples.Where(s => !s.Answered).ToArray();
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"- **replica {victim.Name} killed** (SIGKILL) between a question ({first.Describe()}) and its follow-up through the proxy ({followUp.Describe()}); background load: {samples.Count} requests, {failed.Length} failed ({Describe(failed)}), the last failure {(failed.Length == 0 ? "–" : $"{failed[^1].StartSeconds - killed:F1} s")} after the kill"));
        if (first.Status != "answered") report.Problem($"kill: the first question was not answered ({first.Describe()})");
        if (followUp.Status != "answered" || followUp.FollowUpOf != "2025年6月华东的GMV" || !followUp.Regions.Contains("south"))
            report.Problem($"kill: the follow-up on the other replica did not continue the conversation ({followUp.Describe()})");
    }

    private async Task CheckAuditAsync(string server, long auditFrom, IEnumerable<Sample> answered, CancellationToken cancellationToken)
    {
        var list = answered.ToArray();
        var missing = await audit.MissingAsync(auditFrom, list, cancellationToken);
        report.Line($"  - audit: {list.Length - missing.Count} of {list.Length} answered distinct queries have their audit entry");
        if (missing.Count > 0) report.Problem($"{server}: {missing.Count} answers without an audit entry (first: {missing[0].Key})");
    }

    private static bool IsDistinct(Sample sample) => sample.Key != Workload.RangeKey(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

    /// <summary>Polls with new distinct queries (never cached) until one is answered: the warehouse and stores are back.</summary>
    private async Task<double?> RecoveredAsync(long offset, CancellationToken cancellationToken)
    {
        var probe = Workload.DistinctQuery(offset);
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(60);
        while (clock.Elapsed < deadline)
        {
            var sample = await driver.SendAsync(settings.ProxyUri, probe.Next(), cancellationToken);
            if (sample.Answered) return sample.StartSeconds;
            await Task.Delay(100, cancellationToken);
        }
        return null;
    }

    private async Task<string> ReadinessAsync(Replica replica, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(replica.BaseUri, "/health/ready"), cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var failed = body.RootElement.TryGetProperty("failed", out var f) ? string.Join("+", f.EnumerateArray().Select(e => e.GetString())) : "";
        return $"{(int)response.StatusCode}{(failed.Length > 0 ? " " + failed : "")} on {replica.Name}";
    }

    private static async Task<IReadOnlyList<Sample>> Quietly(Task<IReadOnlyList<Sample>> load)
    {
        try { return await load; }
        catch (OperationCanceledException) { return []; }
    }

    private static string Describe(IEnumerable<Sample> samples)
    {
        var groups = samples.GroupBy(s => $"HTTP {s.Http}{(s.Error is null ? "" : " " + s.Error)}").Select(g => $"{g.Count()}× {g.Key}").ToArray();
        return groups.Length == 0 ? "none" : string.Join(", ", groups);
    }

    private async Task<FollowUp> AskAsync(Uri target, string question, string conversation, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { question, user = "ceo", now = "2025-07-15T10:00:00", conversationId = conversation });
        try
        {
            using var response = await http.PostAsync(new Uri(target, "/api/ask"), new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = json.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var regions = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.Object && q.TryGetProperty("filters", out var filters)
                ? filters.EnumerateArray().Where(f => f.GetProperty("dimension").GetString() == "region").SelectMany(f => f.GetProperty("values").EnumerateArray().Select(v => v.GetString() ?? "")).ToArray()
                : [];
            return new FollowUp((int)response.StatusCode, Text("status"), Text("followUpOf"), regions);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return new FollowUp(0, null, null, [e.GetType().Name]);
        }
    }

    private sealed record FollowUp(int Http, string? Status, string? FollowUpOf, IReadOnlyList<string> Regions)
    {
        public string Describe() => $"HTTP {Http} {Status}, region {string.Join("+", Regions)}{(FollowUpOf is null ? "" : $", following up {FollowUpOf}")}";
    }
}
