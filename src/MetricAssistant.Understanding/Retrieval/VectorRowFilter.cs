using System.Collections.Concurrent;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Which rows of a <see cref="VectorSearchIndex"/> a <see cref="VectorFilter"/> lets through, before the top
/// results are chosen. Kinds and statuses are interned per row so most filters are integer compares; answers
/// are cached per distinct filter (a store sees few). Immutable once built; thread-safe.
/// </summary>
internal sealed class VectorRowFilter
{
    private readonly VectorPayload[] payloads;
    private readonly int[] kindCode;
    private readonly int[] statusCode;
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool[]> acceptedByFilter = new(StringComparer.Ordinal);

    public VectorRowFilter(VectorPayload[] payloads)
    {
        this.payloads = payloads;
        kindCode = new int[payloads.Length];
        statusCode = new int[payloads.Length];
        for (var row = 0; row < payloads.Length; row++)
        {
            kindCode[row] = Code(payloads[row].Kind);
            statusCode[row] = Code(payloads[row].Status ?? "");
        }
    }

    private int Code(string value)
    {
        if (!codes.TryGetValue(value, out var code)) codes[value] = code = codes.Count;
        return code;
    }

    /// <summary>Which rows a filter lets through (cached per distinct filter); null when it lets every row through.</summary>
    public bool[]? Accepted(VectorFilter? filter)
    {
        if (filter is null || (filter.Kinds is null && filter.Statuses is null && filter.AnyTags is null && filter.ExcludedTags is null)) return null;
        var key = string.Join('\u0001', Describe(filter.Kinds), Describe(filter.Statuses), Describe(filter.AnyTags), Describe(filter.ExcludedTags));
        if (acceptedByFilter.TryGetValue(key, out var cached)) return cached;
        var computed = ComputeAccepted(filter);
        if (acceptedByFilter.Count < 256) acceptedByFilter.TryAdd(key, computed);
        return computed;
    }

    private static string Describe(IReadOnlyList<string>? values) => values is null ? "*" : string.Join('\u0002', values.Order(StringComparer.Ordinal));

    private bool[] ComputeAccepted(VectorFilter filter)
    {
        var kinds = CodesOf(filter.Kinds);
        var statuses = CodesOf(filter.Statuses);
        var accepted = new bool[payloads.Length];
        var needTags = filter.AnyTags is not null || filter.ExcludedTags is { Count: > 0 };
        for (var row = 0; row < accepted.Length; row++)
        {
            if (kinds is not null && !kinds.Contains(kindCode[row])) continue;
            if (statuses is not null && !statuses.Contains(statusCode[row])) continue;
            if (needTags && !filter.Accepts(payloads[row])) continue;
            accepted[row] = true;
        }
        return accepted;
    }

    private HashSet<int>? CodesOf(IReadOnlyList<string>? values)
    {
        if (values is null) return null;
        var set = new HashSet<int>();
        foreach (var v in values)
            if (codes.TryGetValue(v, out var c)) set.Add(c);
        return set;
    }
}
