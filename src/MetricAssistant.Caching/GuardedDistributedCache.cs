using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Caching;

/// <summary>
/// Redis behind a breaker: after a failure the result cache skips Redis (a miss on read, nothing on write) for
/// <paramref name="retryAfter"/>, so an absent or stopped Redis costs one timeout per interval instead of one per
/// answer. Answers then continue on the memory cache and the warehouse; Redis is used again once it answers.
/// </summary>
internal sealed class GuardedDistributedCache(IDistributedCache inner, TimeProvider time, TimeSpan retryAfter, ILogger logger) : IDistributedCache
{
    private long skipUntil;

    public byte[]? Get(string key) => Guard(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(() => inner.GetAsync(key, token), null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.SetAsync(key, value, options, token).ConfigureAwait(false); return true; }, false, token);

    public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RefreshAsync(key, token).ConfigureAwait(false); return true; }, false, token);

    public void Remove(string key) => Guard(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RemoveAsync(key, token).ConfigureAwait(false); return true; }, false, token);

    private bool Skipping => time.GetUtcNow().UtcTicks < Interlocked.Read(ref skipUntil);

    private T Guard<T>(Func<T> action, T fallback)
    {
        if (Skipping) return fallback;
        try
        {
            return action();
        }
        catch (Exception error)
        {
            Trip(error);
            return fallback;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action, T fallback, CancellationToken token)
    {
        if (Skipping) return fallback;
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception error) when (!token.IsCancellationRequested)
        {
            Trip(error);
            return fallback;
        }
    }

    private void Trip(Exception error)
    {
        var until = time.GetUtcNow().Add(retryAfter).UtcTicks;
        var previous = Interlocked.Exchange(ref skipUntil, until);
        if (time.GetUtcNow().UtcTicks >= previous)
            logger.LogWarning(error, "Redis is unavailable: the result cache uses this process's memory only for {RetryAfter}.", retryAfter);
    }
}
