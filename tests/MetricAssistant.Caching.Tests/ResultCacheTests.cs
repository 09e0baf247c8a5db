using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Caching.Tests;

public sealed class ResultCacheTests
{
    [Fact]
    public async Task A_repeated_query_is_a_hit_with_the_same_rows_and_no_warehouse_time()
    {
        using var harness = new CacheHarness();
        var first = await harness.RunAsync();
        var second = await harness.RunAsync();

        Assert.Equal(AnswerStatus.Answered, first.Status);
        Assert.Equal(CacheStatus.Miss, first.Timings.Cache);
        Assert.Equal(CacheStatus.Hit, second.Timings.Cache);
        Assert.Equal(0, second.Timings.ExecuteMs);
        Assert.True(first.Timings.ExecuteMs > 0);
        Assert.NotNull(second.Timings.CacheMs);
        Assert.Equal(1, harness.Warehouse.Executions);
        Assert.Equal(Flatten(first.Rows), Flatten(second.Rows));
        Assert.Equal(first.Sql, second.Sql);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public async Task A_stampede_of_identical_requests_runs_the_warehouse_once()
    {
        using var harness = new CacheHarness();
        harness.Warehouse.Delay = TimeSpan.FromMilliseconds(300);
        using var start = new ManualResetEventSlim();
        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => { start.Wait(); return harness.RunAsync(); })).Append(Task.Run(() => { start.Set(); return harness.RunAsync(); })));

        Assert.Equal(1, harness.Warehouse.Executions);
        Assert.Single(answers, a => a.Timings.Cache == CacheStatus.Miss);
        Assert.All(answers, a => Assert.Equal(Flatten(answers[0].Rows), Flatten(a.Rows)));
    }

    [Fact]
    public async Task A_miss_runs_the_warehouse_with_the_callers_scope_so_database_row_rules_see_it()
    {
        using var harness = new CacheHarness();
        var scoped = await harness.RunAsync(CacheHarness.Gmv("east_wang", "east"));

        Assert.Equal(CacheStatus.Miss, scoped.Timings.Cache);
        var region = Assert.Single(harness.Warehouse.LastScope!.Dimensions, d => d.Dimension == "region");
        Assert.Equal(["east"], region.Values);
    }

    [Fact]
    public async Task Another_scope_or_other_parameter_values_are_other_keys()
    {
        using var harness = new CacheHarness();
        await harness.RunAsync(CacheHarness.Gmv("ceo", "east"));
        var scoped = await harness.RunAsync(CacheHarness.Gmv("east_wang", "east"));
        var south = await harness.RunAsync(CacheHarness.Gmv("ceo", "south"));

        Assert.NotEmpty(scoped.Scope);
        Assert.Equal(CacheStatus.Miss, scoped.Timings.Cache);
        Assert.Equal(CacheStatus.Miss, south.Timings.Cache);
        Assert.Equal(3, harness.Warehouse.Executions);
        Assert.Equal(CacheStatus.Hit, (await harness.RunAsync(CacheHarness.Gmv("east_wang", "east"))).Timings.Cache);
    }

    [Fact]
    public async Task A_published_catalog_change_makes_old_entries_unreachable()
    {
        using var harness = new CacheHarness();
        await harness.RunAsync();
        var before = harness.Catalogs.Current;
        var gmv = before.Metrics["gmv"];
        // A publish that changes nothing but the version: the SQL is the same, the key is not.
        harness.Catalogs.Current = before with
        {
            Metrics = before.Metrics.ToDictionary(m => m.Key, m => m.Key == "gmv" ? gmv with { Version = gmv.Version + 1 } : m.Value),
            ContentHash = before.ContentHash + "+1",
        };
        var after = await harness.RunAsync();

        Assert.Equal(CacheStatus.Miss, after.Timings.Cache);
        Assert.Equal(gmv.Version + 1, after.Metric!.Version);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task A_newer_watermark_makes_old_entries_unreachable()
    {
        using var harness = new CacheHarness();
        await harness.RunAsync();
        harness.Probe.Until = harness.Probe.Until!.Value.AddHours(1);
        // The watermark is re-read once a minute (FreshnessCache): after the minute the refresh brings the new value.
        harness.Time.Advance(FreshnessCache.RefreshAfter + TimeSpan.FromSeconds(1));
        var cache = harness.Get<FreshnessCache>();
        var source = MetricSources.Of(harness.Catalogs.Current, harness.Catalogs.Current.Metrics["gmv"])[0];
        for (var i = 0; i < 100 && await cache.NewestAsync(source, CancellationToken.None) != harness.Probe.Until; i++) await Task.Delay(20);

        var after = await harness.RunAsync();
        Assert.Equal(CacheStatus.Miss, after.Timings.Cache);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task A_new_warehouse_generation_makes_old_entries_unreachable_at_once()
    {
        using var harness = new CacheHarness();
        await harness.RunAsync();
        harness.Probe.Generation = "g2";
        var after = await harness.RunAsync();

        Assert.Equal(CacheStatus.Miss, after.Timings.Cache);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task An_unknown_watermark_bypasses_the_cache()
    {
        using var harness = new CacheHarness();
        harness.Probe.Until = null;
        var first = await harness.RunAsync();
        var second = await harness.RunAsync();

        Assert.Equal(AnswerStatus.Answered, second.Status);
        Assert.Equal(CacheStatus.Bypass, first.Timings.Cache);
        Assert.Equal(CacheStatus.Bypass, second.Timings.Cache);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task A_disabled_cache_bypasses()
    {
        using var harness = new CacheHarness(new Dictionary<string, string?> { ["Cache:Enabled"] = "false" });
        await harness.RunAsync();
        var second = await harness.RunAsync();

        Assert.Equal(CacheStatus.Bypass, second.Timings.Cache);
        Assert.Null(second.Timings.CacheMs);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task A_timed_out_query_is_not_cached()
    {
        using var harness = new CacheHarness();
        harness.Warehouse.Outcome = QueryOutcome.TimedOut;
        var first = await harness.RunAsync();
        harness.Warehouse.Outcome = QueryOutcome.Completed;
        var second = await harness.RunAsync();

        Assert.Equal("query_timeout", first.Error?.Code);
        Assert.Equal(AnswerStatus.Answered, second.Status);
        Assert.Equal(CacheStatus.Miss, second.Timings.Cache);
        Assert.Equal(2, harness.Warehouse.Executions);
    }

    [Fact]
    public async Task Rows_the_serializer_cannot_keep_or_over_the_size_limit_are_answered_but_not_cached()
    {
        using var odd = new CacheHarness();
        odd.Warehouse.Row = q => q.Columns.Select(_ => (object?)new Version(1, 2)).ToArray();
        Assert.Equal(AnswerStatus.Answered, (await odd.RunAsync()).Status);
        Assert.Equal(CacheStatus.Miss, (await odd.RunAsync()).Timings.Cache);
        Assert.Equal(2, odd.Warehouse.Executions);

        using var big = new CacheHarness(new Dictionary<string, string?> { ["Cache:MaxEntryBytes"] = "1024" });
        big.Warehouse.Row = q => q.Columns.Select(_ => (object?)new string('x', 2000)).ToArray();
        await big.RunAsync();
        Assert.Equal(CacheStatus.Miss, (await big.RunAsync()).Timings.Cache);
        Assert.Equal(2, big.Warehouse.Executions);
    }

    [Fact]
    public async Task The_memory_level_holds_at_most_its_byte_bound_however_many_distinct_queries_arrive()
    {
        const int bound = 64 * 1024;
        using var harness = new CacheHarness(new Dictionary<string, string?>
        {
            ["Cache:LocalMaxBytes"] = bound.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cache:MaxEntryBytes"] = "16384",
        });
        harness.Warehouse.Delay = TimeSpan.Zero;
        // Each entry holds two 2,000-character values: at least 4,000 serialised bytes.
        harness.Warehouse.Row = q => q.Columns.Select(_ => (object?)new string('x', 2000)).ToArray();
        var first = new DateOnly(2025, 1, 1);
        for (var day = 0; day < 60; day++)
        {
            var start = first.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var request = CacheHarness.Gmv() with { Query = CacheHarness.Gmv().Query! with { TimeRange = new TimeRangeDto(start, "2025-07-01") } };
            Assert.Equal(AnswerStatus.Answered, (await harness.RunAsync(request)).Status);
        }

        // Without the bound all 60 (240,000 bytes and more) would stay for the 5-minute local lifetime.
        var memory = Assert.IsType<Microsoft.Extensions.Caching.Memory.MemoryCache>(harness.Get<Microsoft.Extensions.Caching.Memory.IMemoryCache>());
        Assert.Equal(60, harness.Warehouse.Executions);
        Assert.InRange(memory.Count, 1, bound / 4000);
    }

    [Fact]
    public void Timings_show_the_cache_status_in_the_contract()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new TimingsDto(1, 2, 0, 3) { Cache = CacheStatus.Hit, CacheMs = 0.05 }, ContractJson.Options);
        Assert.Contains("\"cache\":\"hit\"", json);
        Assert.Contains("\"cacheMs\":0.05", json);
        Assert.Contains("\"executeMs\":0", json);
        // The API's own settings (enums as written, no naming policy) give the same lower-case value.
        var api = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        api.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        Assert.Contains("\"cache\":\"bypass\"", System.Text.Json.JsonSerializer.Serialize(new TimingsDto(0, 0, 0, 0) { Cache = CacheStatus.Bypass }, api));
    }

    [Theory]
    [InlineData("Cache:LocalLifetime", "00:20:00")]
    [InlineData("Cache:Lifetime", "00:00:00")]
    [InlineData("Cache:MaxEntryBytes", "10")]
    [InlineData("Cache:LocalMaxBytes", "1000")]
    [InlineData("Cache:LocalMaxBytes", "65536")] // below the default Cache:MaxEntryBytes (1 MiB): such an entry could never be kept
    [InlineData("Cache:RedisTimeout", "00:05:00")]
    [InlineData("ConnectionStrings:Redis", ",,,")]
    public void Bad_options_are_refused_on_start(string key, string value)
    {
        using var harness = new CacheHarness(new Dictionary<string, string?> { [key] = value, ["Cache:Enabled"] = "false" });
        Assert.Throws<OptionsValidationException>(() => harness.Get<IOptions<CacheOptions>>().Value);
    }

    private static string Flatten(IReadOnlyList<IReadOnlyList<object?>> rows) =>
        string.Join("|", rows.Select(r => string.Join(",", r.Select(v => v is null ? "null" : $"{v.GetType().Name}:{v}"))));
}
