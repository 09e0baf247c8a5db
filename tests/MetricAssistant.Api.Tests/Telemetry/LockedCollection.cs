using System.Collections;

namespace MetricAssistant.Api.Tests.Telemetry;

/// <summary>
/// A collection the in-memory exporter can add to from any thread: every host in the test process listens to the
/// product's ActivitySource, so spans of other tests arrive here too (tests pick theirs by trace id).
/// </summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> items = [];
    private readonly Lock gate = new();

    public int Count { get { lock (gate) return items.Count; } }

    public bool IsReadOnly => false;

    public void Add(T item) { lock (gate) items.Add(item); }

    public void Clear() { lock (gate) items.Clear(); }

    public bool Contains(T item) { lock (gate) return items.Contains(item); }

    public void CopyTo(T[] array, int arrayIndex) { lock (gate) items.CopyTo(array, arrayIndex); }

    public bool Remove(T item) { lock (gate) return items.Remove(item); }

    public IReadOnlyList<T> Snapshot() { lock (gate) return items.ToArray(); }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
