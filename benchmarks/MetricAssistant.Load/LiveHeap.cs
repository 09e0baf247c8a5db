using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;

namespace MetricAssistant.Load;

/// <summary>
/// A replica's live managed heap: a full blocking collection is forced through the runtime's diagnostic port (the
/// runtime provider enabled with its GC-heap-collect keyword, the way dotnet-gcdump does it), then the heap after
/// that collection less the free space it left inside the heap (it need not compact) is read from <c>/metrics</c>.
/// The plain "heap after the last GC" also counts garbage the last ephemeral collection left and free space, so only
/// this figure says whether a soak keeps data.
/// </summary>
public sealed class LiveHeap(HttpClient http)
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    // ClrTraceEventParser.Keywords: GC (0x1) and GCHeapCollect (0x800000), which makes the runtime collect.
    private const long CollectKeywords = 0x1 | 0x800000;

    /// <summary>The live heap in MiB, or null with the reason it could not be read.</summary>
    public async Task<(double? MiB, string? Failure)> ReadAsync(Replica replica, CancellationToken cancellationToken)
    {
        var before = await FullCollectionsAsync(replica, cancellationToken);
        if (before is null) return (null, "its /metrics did not answer");
        try
        {
            var client = new DiagnosticsClient(replica.ProcessId);
            using var session = client.StartEventPipeSession(new EventPipeProvider(RuntimeProvider, EventLevel.Informational, CollectKeywords), requestRundown: false);
            // The session's events are not wanted, but an unread stream would fill the runtime's buffer.
            var drain = session.EventStream.CopyToAsync(Stream.Null, cancellationToken);
            var collected = await WaitForCollectionAsync(replica, before.Value, cancellationToken);
            await session.StopAsync(cancellationToken);
            await Task.WhenAny(drain, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken));
            if (!collected) return (null, "no full collection was seen within 10 s");
        }
        catch (Exception error) when (error is ServerNotAvailableException or UnsupportedCommandException or ServerErrorException or IOException)
        {
            return (null, $"its diagnostic port refused ({error.GetType().Name})");
        }
        // The Prometheus exporter may answer a scrape from its short response cache: read after it expired.
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        var sizes = await replica.GcSizesAsync(http, cancellationToken);
        return sizes is { } read ? (read.Heap - read.Free, null) : (null, "its /metrics did not answer");
    }

    private async Task<bool> WaitForCollectionAsync(Replica replica, double before, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, cancellationToken);
            if (await FullCollectionsAsync(replica, cancellationToken) > before) return true;
        }
        return false;
    }

    /// <summary>How many gen2 (full) collections the replica has made, from its <c>/metrics</c>.</summary>
    private async Task<double?> FullCollectionsAsync(Replica replica, CancellationToken cancellationToken)
    {
        try
        {
            var text = await http.GetStringAsync(new Uri(replica.BaseUri, "/metrics"), cancellationToken);
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal) && l.Contains("gen2", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or FormatException)
        {
            return null;
        }
    }
}
