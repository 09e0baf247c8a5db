using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Tests.Governance.Lineage;
using MetricAssistant.Catalog.Model;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance.Freshness;

/// <summary>Freshness of answers: the sources of a metric, fresh against stale at a given now, the message line, and the cache.</summary>
public sealed class FreshnessServiceTests
{
    private static readonly DateTime LastOrder = new(2025, 12, 31, 23, 50, 0);
    private readonly FakeProbe probe = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public FreshnessServiceTests()
    {
        probe.Newest["orders"] = LastOrder;
        probe.Newest["store_staff_monthly"] = new DateTime(2025, 12, 1);
        probe.Newest["refunds"] = new DateTime(2025, 12, 30, 8, 0, 0);
    }

    private FreshnessService Service() => new(new FreshnessCache(probe, time));

    private static Answer Answered(params string[] metrics) => new()
    {
        Status = AnswerStatus.Answered,
        Message = "2025年6月 支付GMV：1.00万元。",
        Query = new QueryDto(metrics),
    };

    [Fact]
    public async Task Data_is_fresh_within_the_daily_default_and_stale_after_it()
    {
        var catalog = LineageCatalog.Catalog;
        var (fresh, _) = await Service().ForAsync(catalog, ["gmv"], new DateTime(2026, 1, 1, 10, 0, 0), CancellationToken.None);
        Assert.Equal(("2025-12-31T23:50:00", false, "1d"), (fresh!.DataUntil, fresh.Stale, fresh.ExpectedEvery));
        var source = Assert.Single(fresh.Sources);
        Assert.Equal(("orders", "orders", "paid_time"), (source.Model, source.Table.ToString(), source.Column));

        var (stale, _) = await Service().ForAsync(catalog, ["gmv"], new DateTime(2026, 1, 2, 0, 0, 0), CancellationToken.None);
        Assert.True(stale!.Stale);
        // A demo question pinned in the past is never stale.
        Assert.False((await Service().ForAsync(catalog, ["gmv"], new DateTime(2025, 7, 15, 10, 0, 0), CancellationToken.None)).Freshness!.Stale);
    }

    [Fact]
    public async Task A_metrics_own_schedule_wins_over_the_default()
    {
        var weekly = LineageCatalog.With("catalog/metrics/gmv.yaml", "default_window: last_month", "default_window: last_month\nfreshness: { expected_every: 1w }");
        var (freshness, every) = await Service().ForAsync(weekly, ["gmv"], new DateTime(2026, 1, 5), CancellationToken.None);
        Assert.Equal((false, "1w"), (freshness!.Stale, freshness.ExpectedEvery));
        Assert.Equal(TimeSpan.FromDays(7), every);
        Assert.True((await Service().ForAsync(weekly, ["gmv"], new DateTime(2026, 1, 8), CancellationToken.None)).Freshness!.Stale);
    }

    [Fact]
    public async Task A_ratio_is_as_fresh_as_its_oldest_source_on_the_slowest_schedule()
    {
        // revenue_per_staff = gmv (orders, daily) / avg_headcount (store_staff_monthly, every 62 days).
        var (freshness, _) = await Service().ForAsync(LineageCatalog.Catalog, ["revenue_per_staff"], new DateTime(2026, 1, 20), CancellationToken.None);
        Assert.Equal(["orders", "store_staff_monthly"], freshness!.Sources.Select(s => s.Table));
        Assert.Equal(("2025-12-01T00:00:00", false, "62d"), (freshness.DataUntil, freshness.Stale, freshness.ExpectedEvery));
    }

    [Fact]
    public async Task A_time_column_through_a_join_is_read_in_the_table_that_has_it()
    {
        var (freshness, _) = await Service().ForAsync(LineageCatalog.Catalog, ["gross_profit"], new DateTime(2026, 1, 1), CancellationToken.None);
        Assert.Equal(("orders", "paid_time"), (Assert.Single(freshness!.Sources).Table, freshness.Sources[0].Column));
    }

    [Fact]
    public async Task A_models_load_log_is_read_instead_of_its_time_column()
    {
        var logged = LineageCatalog.With("catalog/models/refunds.yaml", "columns:", "freshness: { load_log: etl.load_log, expected_every: 12h }\ncolumns:");
        var (freshness, every) = await Service().ForAsync(logged, ["refund_amount"], new DateTime(2025, 12, 30, 21, 0, 0), CancellationToken.None);
        var source = Assert.Single(freshness!.Sources);
        Assert.Equal(("refunds", null, "etl.load_log"), (source.Table.ToString(), source.Column, source.LoadLog));
        Assert.Equal(TimeSpan.FromHours(12), every);
        Assert.True(freshness.Stale); // 13 hours after 08:00
    }

    [Fact]
    public async Task The_answer_gains_the_field_and_a_line_in_its_language()
    {
        var catalog = LineageCatalog.Catalog;
        var zh = await Service().AttachAsync(Answered("gmv"), catalog, new DateTime(2025, 7, 15, 10, 0, 0), "zh", CancellationToken.None);
        Assert.Equal("2025年6月 支付GMV：1.00万元。 数据更新至 2025-12-31。", zh.Message);
        Assert.False(zh.Freshness!.Stale);
        var en = await Service().AttachAsync(Answered("gmv"), catalog, new DateTime(2026, 1, 3), "en", CancellationToken.None);
        Assert.EndsWith(" Data up to 2025-12-31 (older than the expected update daily; recent data may be missing).", en.Message);
        var stale = await Service().AttachAsync(Answered("gmv"), catalog, new DateTime(2026, 1, 3), "zh", CancellationToken.None);
        Assert.EndsWith(" 数据更新至 2025-12-31（已超过每天更新一次的预期，最近的数据可能缺失）。", stale.Message);

        var refused = new Answer { Status = AnswerStatus.Denied, Message = "no", Query = new QueryDto(["gmv"]) };
        Assert.Same(refused, await Service().AttachAsync(refused, catalog, new DateTime(2026, 1, 3), "zh", CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_or_empty_source_leaves_the_answer_without_freshness()
    {
        probe.Failure = new InvalidOperationException("warehouse down");
        var answer = Answered("gmv");
        Assert.Same(answer, await Service().AttachAsync(answer, LineageCatalog.Catalog, new DateTime(2026, 1, 3), "zh", CancellationToken.None));
        probe.Failure = null;
        probe.Newest["orders"] = null;
        Assert.Null((await Service().ForAsync(LineageCatalog.Catalog, ["gmv"], new DateTime(2026, 1, 3), CancellationToken.None)).Freshness);
    }

    [Fact]
    public async Task Each_table_is_asked_at_most_once_a_minute_and_again_when_the_warehouse_changes()
    {
        var service = Service();
        var catalog = LineageCatalog.Catalog;
        var now = new DateTime(2026, 1, 1);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => service.ForAsync(catalog, ["gmv", "aov"], now, CancellationToken.None)));
        Assert.Single(probe.Asked); // gmv and aov read the same source; twenty answers share one query

        time.Advance(TimeSpan.FromSeconds(59));
        await service.ForAsync(catalog, ["gmv"], now, CancellationToken.None);
        Assert.Single(probe.Asked);

        // After a minute the cached value still answers at once, and one background query refreshes it.
        probe.Newest["orders"] = LastOrder.AddHours(1);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("2025-12-31T23:50:00", (await service.ForAsync(catalog, ["gmv"], now, CancellationToken.None)).Freshness!.DataUntil);
        await WaitUntil(() => probe.Asked.Count == 2);
        await WaitUntil(async () => (await service.ForAsync(catalog, ["gmv"], now, CancellationToken.None)).Freshness!.DataUntil == "2026-01-01T00:50:00");
        Assert.Equal(2, probe.Asked.Count);

        // A new warehouse generation is asked at once, however recent the cached value.
        probe.Newest["orders"] = LastOrder.AddHours(2);
        probe.Generation = "2";
        Assert.Equal("2026-01-01T01:50:00", (await service.ForAsync(catalog, ["gmv"], now, CancellationToken.None)).Freshness!.DataUntil);
        Assert.Equal(3, probe.Asked.Count);
    }

    private static Task WaitUntil(Func<bool> condition) => WaitUntil(() => Task.FromResult(condition()));

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++) await Task.Delay(10);
        Assert.True(await condition());
    }
}
