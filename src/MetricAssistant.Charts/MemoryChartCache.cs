using System.Buffers.Text;
using System.Security.Cryptography;
using MetricAssistant.Application.Charts;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts;

/// <summary>
/// Rendered charts in memory under 128 random bits (URL-safe base64, 22 characters): knowing the id is what
/// lets a caller fetch the image. Entries expire after <see cref="ChartOptions.CacheMinutes"/>; past the
/// entry or byte bound the oldest go first. One lock: adds and reads are a few dictionary operations.
/// </summary>
public sealed class MemoryChartCache(IOptions<ChartOptions> options, TimeProvider time) : IChartCache
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> oldestFirst = new();
    private long bytes;

    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    public long Bytes
    {
        get { lock (gate) return bytes; }
    }

    public string Add(ChartImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var settings = options.Value;
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        lock (gate)
        {
            RemoveExpired(now);
            var node = oldestFirst.AddLast(new Entry(id, image, now.AddMinutes(settings.CacheMinutes)));
            entries[id] = node;
            bytes += image.Png.Length;
            // The newest entry always stays, even alone over the byte bound: its caller is about to hand out its id.
            var maxBytes = settings.CacheMaxMegabytes * 1024L * 1024L;
            while (oldestFirst.Count > 1 && (entries.Count > settings.CacheMaxEntries || bytes > maxBytes)) Remove(oldestFirst.First!);
        }
        return id;
    }

    public ChartImage? Find(string id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        lock (gate)
        {
            if (!entries.TryGetValue(id, out var node)) return null;
            if (node.Value.Expires > time.GetUtcNow()) return node.Value.Image;
            Remove(node);
            return null;
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        // Insertion order is expiry order: every entry gets the same lifetime.
        while (oldestFirst.First is { } first && first.Value.Expires <= now) Remove(first);
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        entries.Remove(node.Value.Id);
        oldestFirst.Remove(node);
        bytes -= node.Value.Image.Png.Length;
    }

    private sealed record Entry(string Id, ChartImage Image, DateTimeOffset Expires);
}
