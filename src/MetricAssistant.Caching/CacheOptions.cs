using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Caching;

/// <summary>
/// The result cache (<c>Cache:</c>). Keys carry catalog versions and data watermarks, so the lifetimes bound memory,
/// not correctness. Redis is used as the shared second level when <c>ConnectionStrings:Redis</c> is set.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    public bool Enabled { get; set; } = true;

    /// <summary>How long an entry lives in Redis (and at most in memory).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an entry lives in this process's memory; at most <see cref="Lifetime"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LocalLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most this process's memory level holds, in serialised bytes: beyond it new entries are not kept in memory
    /// (Redis still has them) and the oldest are compacted away. Lifetimes alone would let a stream of distinct queries
    /// grow it without bound within <see cref="LocalLifetime"/>.
    /// </summary>
    [Range(64 * 1024, long.MaxValue)]
    public long LocalMaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A result whose serialised rows are larger is answered but not cached.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>Connect and command timeout for Redis: a slow or absent Redis costs an answer at most this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a Redis failure, answers skip Redis (memory only) for this long before trying again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RedisRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
