using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MetricAssistant.Load;

/// <summary>
/// Sends a workload's requests from a number of concurrent loops until a time or a count runs out, either as fast
/// as the server answers or at a steady rate, and keeps every request's <see cref="Sample"/>.
/// Cancelling the token ends the loops and returns what was measured so far.
/// </summary>
public sealed class LoadDriver(HttpClient http, Stopwatch clock)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<IReadOnlyList<Sample>> RunAsync(Uri target, Workload workload, int concurrency, TimeSpan duration, int maxCount, double? rate, CancellationToken cancellationToken)
    {
        var samples = new List<Sample>[concurrency];
        var started = clock.Elapsed;
        var end = started + duration;
        long tickets = 0;
        async Task Loop(int worker)
        {
            var mine = samples[worker] = [];
            try
            {
                await LoopAsync(mine);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped from outside: the samples so far are the result.
            }
        }
        async Task LoopAsync(List<Sample> mine)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var ticket = Interlocked.Increment(ref tickets) - 1;
                if (ticket >= maxCount) return;
                if (rate is { } perSecond)
                {
                    var due = started + TimeSpan.FromSeconds(ticket / perSecond);
                    if (due >= end) return;
                    if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, cancellationToken);
                }
                else if (clock.Elapsed >= end) return;
                mine.Add(await SendAsync(target, workload.Next(), cancellationToken));
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(Loop));
        return [.. samples.SelectMany(s => s ?? []).OrderBy(s => s.StartSeconds)];
    }

    public async Task<Sample> SendAsync(Uri target, LoadRequest request, CancellationToken cancellationToken)
    {
        var start = clock.Elapsed;
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(target, request.Path)) { Content = new ByteArrayContent(request.Body) };
            message.Content.Headers.ContentType = Json;
            using var response = await http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var latency = (clock.Elapsed - start).TotalMilliseconds;
            return Read((int)response.StatusCode, body, start.TotalSeconds, latency, request.Key);
        }
        catch (HttpRequestException e)
        {
            return new Sample(start.TotalSeconds, (clock.Elapsed - start).TotalMilliseconds, 0, null, "connection: " + e.HttpRequestError, null, null, request.Key);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Sample(start.TotalSeconds, (clock.Elapsed - start).TotalMilliseconds, 0, null, "client timeout", null, null, request.Key);
        }
    }

    /// <summary>The answer's status, error code and timings; a body that is not an answer (a proxy's 502, a ProblemDetails) keeps only its HTTP status.</summary>
    private static Sample Read(int http, byte[] body, double start, double latency, string? key)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new Sample(start, latency, http, null, null, null, null, key);
            string? Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var status = Text(root, "status");
            var error = root.TryGetProperty("error", out var e) ? Text(e, "code") : null;
            double? server = null;
            string? cache = null;
            if (root.TryGetProperty("timings", out var t) && t.ValueKind == JsonValueKind.Object)
            {
                if (t.TryGetProperty("totalMs", out var total) && total.ValueKind == JsonValueKind.Number) server = total.GetDouble();
                cache = Text(t, "cache");
            }
            return new Sample(start, latency, http, status, error, server, cache, key);
        }
        catch (JsonException)
        {
            return new Sample(start, latency, http, null, null, null, null, key);
        }
    }
}
