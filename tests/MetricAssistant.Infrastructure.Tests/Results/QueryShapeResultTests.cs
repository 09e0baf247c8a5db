using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// The new query shapes on both engines against hand-written SQL over the demo warehouse: per customer with a
/// condition on the order count, by day of week (ISO, Monday 1) and month of year, by another time dimension than the
/// metric's, and lists of values (scoped rows only).
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class QueryShapeResultTests(WarehouseFixture fixture)
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));
    private static readonly DateRange Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<List<object?[]>> RunAsync(string engine, SemanticQuery query)
    {
        SqlDialect dialect = engine == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var compiled = new MetricCompiler(TestRepository.Catalog).Compile(query, dialect);
        Assert.True(compiled.Succeeded, compiled.Error?.Message);
        var result = await fixture.Warehouse(engine).ExecuteAsync(compiled.Query, CancellationToken.None);
        return result.Rows.Select(r => r.ToArray()).ToList();
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Customers_with_more_than_three_orders(string engine)
    {
        var rows = await RunAsync(engine, new(["order_count"], [], [], Q3, Entities: ["customers"], Having: [new("order_count", MetricFilterOperator.Gt, 3)]));
        var expected = await fixture.RawAsync(engine,
            "SELECT customer_id, COUNT(order_id) FROM orders WHERE order_time >= TIMESTAMP '2025-07-01' AND order_time < TIMESTAMP '2025-10-01' " +
            "AND status NOT IN ('cancelled') GROUP BY 1 HAVING COUNT(order_id) > 3");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Count);
        ResultAssert.SameRows(expected, rows, 1);
        Assert.All(rows, r => Assert.True(ResultAssert.Number(r[1]) > 3));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Gmv_by_iso_day_of_week_and_month_of_year(string engine)
    {
        var rows = await RunAsync(engine, new(["gmv"], [], [], Year2025, TimeGroups: [new(null, null, DatePart.Month), new(null, null, DatePart.DayOfWeek)]));
        // ISO day of week by hand: Sunday is 0 in EXTRACT(dow) on both engines, 7 in ISO.
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(EXTRACT(month FROM paid_time) AS BIGINT), CASE WHEN EXTRACT(dow FROM paid_time) = 0 THEN 7 ELSE CAST(EXTRACT(dow FROM paid_time) AS BIGINT) END, SUM(pay_amount) " +
            "FROM orders WHERE paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2026-01-01' GROUP BY 1, 2");
        Assert.Equal(12 * 7, expected.Count);
        ResultAssert.SameRows(expected, rows, 2);
        Assert.Equal("1", ResultAssert.Text(rows[0][1]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Orders_placed_in_q3_by_month_of_payment(string engine)
    {
        var rows = await RunAsync(engine, new(["order_count"], [], [], Q3, TimeGrain.Month, TimeGroups: [new("paid_time", TimeGrain.Month, null)]));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('month', order_time) AS DATE), CAST(date_trunc('month', paid_time) AS DATE), COUNT(order_id) FROM orders " +
            "WHERE order_time >= TIMESTAMP '2025-07-01' AND order_time < TIMESTAMP '2025-10-01' AND status NOT IN ('cancelled') GROUP BY 1, 2");
        // Unpaid orders have no payment month: their group is the empty key, as in the hand-written query.
        Assert.True(expected.Count >= 6, $"{expected.Count} rows");
        ResultAssert.SameRows(expected, rows, 2);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_list_of_cities_shows_only_the_scoped_regions(string engine)
    {
        var rows = await RunAsync(engine, new([], ["city"], [], Year2025, Scope: [new("region", QueryFilterOperator.In, ["east"])]));
        var expected = (await fixture.RawAsync(engine, "SELECT DISTINCT city_en FROM stores WHERE region_code = 'east' ORDER BY 1")).Select(r => ResultAssert.Text(r[0])).ToList();
        var all = (await fixture.RawAsync(engine, "SELECT DISTINCT city_en FROM stores")).Count;
        Assert.Equal(expected, rows.Select(r => ResultAssert.Text(r[0])));
        Assert.True(all > expected.Count, "the scope must hide some cities");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_list_of_channels_with_a_filter(string engine)
    {
        var rows = await RunAsync(engine, new([], ["channel"], [new("online_offline", QueryFilterOperator.In, ["online"])], Year2025));
        // The channels table has both dimensions itself, so the list is read from it.
        var expected = (await fixture.RawAsync(engine, "SELECT channel_code FROM channels WHERE is_online ORDER BY 1")).Select(r => ResultAssert.Text(r[0])).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => ResultAssert.Text(r[0])));
    }
}
