using MetricAssistant.Application.Execution;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MetricAssistant.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The keyed HybridCache and Redis of the result cache, apart from any other cache a host registers.</summary>
    public const string ServiceKey = "MetricAssistant.Results";

    /// <summary>
    /// The result cache (<c>Cache:</c>, validated on start) behind <see cref="QueryService"/>: in memory, with Redis as the
    /// shared second level when <c>ConnectionStrings:Redis</c> is set. Needs the core (<c>AddMetricAssistant</c>), whose
    /// freshness cache supplies the watermarks. With <c>Cache:Enabled=false</c> answers bypass it.
    /// </summary>
    public static IServiceCollection AddResultCache(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.LocalLifetime <= o.Lifetime, "Cache:LocalLifetime must not be longer than Cache:Lifetime.")
            .Validate(o => o.LocalMaxBytes >= o.MaxEntryBytes, "Cache:LocalMaxBytes must be at least Cache:MaxEntryBytes.")
            .Validate(o => string.IsNullOrWhiteSpace(redis) || TryParse(redis, out _), "ConnectionStrings:Redis is not a valid Redis configuration string (e.g. 127.0.0.1:6379).")
            .ValidateOnStart();
        if (!configuration.GetSection(CacheOptions.Section).GetValue(nameof(CacheOptions.Enabled), true)) return services;

        var distributed = !string.IsNullOrWhiteSpace(redis);
        services.AddKeyedHybridCache(ServiceKey).AddSerializer<CachedRows, CachedRowsSerializer>();
        // HybridCache keeps its memory level in the process's IMemoryCache (nothing else here uses one) and sizes each
        // entry by its serialised bytes, so a size limit bounds the memory the result cache can hold.
        services.AddOptions<MemoryCacheOptions>().Configure<IOptions<CacheOptions>>((memory, cache) => memory.SizeLimit = cache.Value.LocalMaxBytes);
        services.AddOptions<HybridCacheOptions>(ServiceKey).Configure<IOptions<CacheOptions>>((hybrid, cache) =>
        {
            hybrid.MaximumPayloadBytes = cache.Value.MaxEntryBytes;
            if (distributed) hybrid.DistributedCacheServiceKey = ServiceKey;
        });
        if (distributed)
        {
            services.AddKeyedSingleton<IDistributedCache>(ServiceKey, (sp, _) =>
            {
                var options = sp.GetRequiredService<IOptions<CacheOptions>>().Value;
                var logger = sp.GetService<ILoggerFactory>()?.CreateLogger<HybridResultCache>() ?? (ILogger)NullLogger.Instance;
                var redisCache = new RedisCache(Options.Create(new RedisCacheOptions { ConfigurationOptions = Connection(redis!, options.RedisTimeout), InstanceName = "metricassistant:" }));
                return new GuardedDistributedCache(redisCache, sp.GetService<TimeProvider>() ?? TimeProvider.System, options.RedisRetryAfter, logger);
            });
        }
        services.AddSingleton<ResultKeyBuilder>();
        services.AddSingleton<IResultCache>(sp => new HybridResultCache(sp.GetRequiredKeyedService<HybridCache>(ServiceKey), sp.GetRequiredService<IOptions<CacheOptions>>(), distributed));
        return services;
    }

    /// <summary>
    /// Fail fast when Redis is away: no waiting for the first connection, commands refused at once while disconnected
    /// (instead of queued), every wait bounded by <paramref name="timeout"/>; the client reconnects in the background.
    /// </summary>
    private static ConfigurationOptions Connection(string configuration, TimeSpan timeout)
    {
        var options = ConfigurationOptions.Parse(configuration);
        var ms = (int)timeout.TotalMilliseconds;
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = ms;
        options.AsyncTimeout = ms;
        options.SyncTimeout = ms;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    private static bool TryParse(string configuration, out ConfigurationOptions? options)
    {
        try
        {
            options = ConfigurationOptions.Parse(configuration);
            return options.EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            options = null;
            return false;
        }
    }
}
