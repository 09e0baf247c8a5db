using MetricAssistant.Application.Execution;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Caching;

/// <summary>
/// The result cache on <see cref="HybridCache"/>: memory first, then Redis when configured, then the warehouse. HybridCache
/// runs one factory per key at a time, so a stampede of identical questions costs one warehouse execution; the caller
/// whose own factory ran reports <see cref="CacheStatus.Miss"/>, the rest <see cref="CacheStatus.Hit"/>. Results that
/// did not complete, hold values the serializer cannot keep, or exceed <see cref="CacheOptions.MaxEntryBytes"/> are
/// returned without being stored.
/// </summary>
public sealed class HybridResultCache(HybridCache cache, IOptions<CacheOptions> options, bool distributed) : IResultCache
{
    private const string Prefix = "ma:rows:v1:";

    private readonly HybridCacheEntryOptions entry = new()
    {
        Expiration = options.Value.Lifetime,
        LocalCacheExpiration = options.Value.LocalLifetime,
        Flags = distributed ? HybridCacheEntryFlags.None : HybridCacheEntryFlags.DisableDistributedCache,
    };

    public async Task<CachedResult> GetOrRunAsync(ResultKey key, Func<CancellationToken, Task<QueryResult>> run, CancellationToken cancellationToken)
    {
        var state = new Execution(run, options.Value.MaxEntryBytes);
        var rows = await cache.GetOrCreateAsync(Prefix + key.Hash, state, static async (s, context, token) =>
        {
            var result = await s.Run(token).ConfigureAwait(false);
            s.Own = result;
            var rows = new CachedRows(result.Rows, result.Outcome, result.Elapsed);
            if (!s.Storable(rows))
                context.Flags = (context.Flags ?? HybridCacheEntryFlags.None) | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite;
            return rows;
        }, entry, tags: null, cancellationToken).ConfigureAwait(false);
        return state.Own is { } own
            ? new CachedResult(own, CacheStatus.Miss)
            : new CachedResult(new QueryResult(rows.Rows, rows.Outcome, rows.Elapsed), CacheStatus.Hit);
    }

    /// <summary>One caller's factory state: only the caller whose factory ran sees <see cref="Own"/> set.</summary>
    private sealed class Execution(Func<CancellationToken, Task<QueryResult>> run, int maxBytes)
    {
        public QueryResult? Own { get; set; }

        public Task<QueryResult> Run(CancellationToken token) => run(token);

        public bool Storable(CachedRows rows) =>
            rows.Outcome == QueryOutcome.Completed && CachedRowsSerializer.CanWrite(rows.Rows) && CachedRowsSerializer.Measure(rows) <= maxBytes;
    }
}
