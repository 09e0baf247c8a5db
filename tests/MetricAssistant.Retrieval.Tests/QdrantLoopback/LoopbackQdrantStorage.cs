using System.Collections.Concurrent;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// What the loopback server holds: its collections, and a log of the calls that changed or read them so a test can
/// tell, say, that a second replica read an existing collection instead of upserting it again.
/// </summary>
public sealed class LoopbackQdrantStorage
{
    private readonly ConcurrentDictionary<string, LoopbackCollection> collections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoopbackCall> calls = new();

    /// <summary>Awaited after a call is logged and before it is answered: lets a test order two replicas' calls.</summary>
    public Func<LoopbackCall, Task>? Gate { get; set; }

    public IReadOnlyList<LoopbackCall> Calls => calls.ToArray();

    public IEnumerable<string> Names => collections.Keys.Order(StringComparer.Ordinal);

    /// <summary>Logs a call and waits at the <see cref="Gate"/>, if any.</summary>
    public Task EnterAsync(string method, string collection, int points = 0)
    {
        var call = new LoopbackCall(method, collection, points);
        calls.Enqueue(call);
        return Gate is { } gate ? gate(call) : Task.CompletedTask;
    }

    public LoopbackCollection Get(string collection) =>
        collections.TryGetValue(collection, out var c) ? c : throw LoopbackErrors.CollectionNotFound(collection);

    public bool Exists(string collection) => collections.ContainsKey(collection);

    public bool TryAdd(LoopbackCollection collection) => collections.TryAdd(collection.Name, collection);

    public bool Remove(string collection) => collections.TryRemove(collection, out _);

    /// <summary>How many points were sent to upsert into <paramref name="collection"/> (all calls, all replicas).</summary>
    public int PointsUpserted(string collection) => calls.Where(c => c.Method == "Upsert" && c.Collection == collection).Sum(c => c.Points);

    public int CallsOf(string method, string collection) => calls.Count(c => c.Method == method && c.Collection == collection);
}

/// <summary>One call to the loopback server: the RPC, the collection and, for upserts, how many points.</summary>
public sealed record LoopbackCall(string Method, string Collection, int Points);
