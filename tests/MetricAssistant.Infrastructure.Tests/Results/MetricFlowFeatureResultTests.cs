using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// MetricFlow's features the compiler took on for issue #16 (every_period, median, percentile, sum_boolean, a cumulative's
/// period_agg), on the demo warehouse of both engines against hand-written SQL: a test catalog (the demo's plus these
/// measures and metrics) compiled, run on the engine, and compared.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class MetricFlowFeatureResultTests(WarehouseFixture fixture)
{
    private static readonly SemanticCatalog Catalog = MetricFlowFeatureDocuments.Catalog();

    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<List<object?[]>> RunAsync(string engine, SemanticQuery query)
    {
        var warehouse = fixture.Warehouse(engine);
        var compiled = new MetricCompiler(Catalog).Compile(query, warehouse.Dialect);
        Assert.True(compiled.Succeeded, compiled.Error?.Message);
        var result = await warehouse.ExecuteAsync(compiled.Query, CancellationToken.None);
        return result.Rows.Select(r => r.ToArray()).ToList();
    }

    private static readonly DateRange March = new(new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1));

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Every_period_lists_every_day_of_the_range_with_0_or_unknown_where_there_are_no_rows(string engine)
    {
        var rows = await RunAsync(engine, new(["gmv_every_day", "gmv_every_day_unknown"], [], [], March, TimeGrain.Day));
        Assert.Equal(31, rows.Count);
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('day', CAST(paid_time AS TIMESTAMP)) AS DATE), SUM(pay_amount) FROM orders " +
            "WHERE paid_time >= TIMESTAMP '2025-03-01' AND paid_time < TIMESTAMP '2025-04-01' GROUP BY 1");
        ResultAssert.SameRows(expected, rows.Select(r => new[] { r[0], r[1] }).ToList(), 1);

        // Days after the data: a row each, 0 for the catalog's default, NULL for no_rows: unknown.
        var empty = await RunAsync(engine, new(["gmv_every_day", "gmv_every_day_unknown"], [], [], new(new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 8)), TimeGrain.Day));
        Assert.Equal(["2031-01-01", "2031-01-02", "2031-01-03", "2031-01-04", "2031-01-05", "2031-01-06", "2031-01-07"], empty.Select(r => ResultAssert.Text(r[0])));
        Assert.All(empty, r => Assert.Equal(0d, ResultAssert.Number(r[1])));
        Assert.All(empty, r => Assert.Null(r[2]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Median_and_discrete_percentile_by_month_match_the_engines_own_ordered_aggregates(string engine)
    {
        var rows = await RunAsync(engine, new(["median_payment", "p90_payment"], [], [], new(new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1)), TimeGrain.Month));
        Assert.Equal(6, rows.Count);
        var months = "SELECT CAST(date_trunc('month', CAST(paid_time AS TIMESTAMP)) AS DATE) AS m, {0} FROM orders " +
            "WHERE paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2025-07-01' GROUP BY 1";
        var median = await fixture.RawAsync(engine, string.Format(System.Globalization.CultureInfo.InvariantCulture, months, "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY pay_amount)"));
        var p90 = await fixture.RawAsync(engine, string.Format(System.Globalization.CultureInfo.InvariantCulture, months, "PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY pay_amount)"));
        ResultAssert.SameRows(median, rows.Select(r => new[] { r[0], r[1] }).ToList(), 1);
        ResultAssert.SameRows(p90, rows.Select(r => new[] { r[0], r[2] }).ToList(), 1);
        // A discrete percentile is one of the payments themselves.
        var amounts = (await fixture.RawAsync(engine, "SELECT DISTINCT pay_amount FROM orders WHERE paid_time >= TIMESTAMP '2025-01-01'"))
            .Select(r => ResultAssert.Number(r[0])).ToHashSet();
        Assert.All(rows, r => Assert.Contains(ResultAssert.Number(r[2]), amounts));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Sum_boolean_counts_the_rows_where_the_expression_holds(string engine)
    {
        var rows = await RunAsync(engine, new(["online_orders"], ["region"], [], March));
        var expected = await fixture.RawAsync(engine,
            "SELECT s.region_code, SUM(CASE WHEN c.is_online THEN 1 ELSE 0 END) FROM orders o JOIN stores s ON s.store_id = o.store_id " +
            "JOIN channels c ON c.channel_code = o.channel_code WHERE o.order_time >= TIMESTAMP '2025-03-01' AND o.order_time < TIMESTAMP '2025-04-01' GROUP BY 1");
        Assert.NotEmpty(expected);
        ResultAssert.SameRows(expected, rows, 1);
        Assert.All(rows, r => Assert.IsType<long>(r[1]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_rolling_total_by_month_shows_its_days_average_or_its_first_day(string engine)
    {
        var rows = await RunAsync(engine, new(["gmv_rolling_30d_avg", "gmv_rolling_30d_first"], [], [], new(new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 1)), TimeGrain.Month));
        var daily = "SELECT days.d, SUM(o.pay_amount) AS v FROM " +
            "(SELECT CAST(gs AS DATE) AS d, CAST(gs + INTERVAL '1 day' AS DATE) AS next_day FROM generate_series(TIMESTAMP '2025-04-01', TIMESTAMP '2025-06-30', INTERVAL '1 day') AS g(gs)) days " +
            "JOIN orders o ON o.paid_time >= days.next_day - INTERVAL '30 days' AND o.paid_time < days.next_day GROUP BY 1";
        var average = await fixture.RawAsync(engine, $"SELECT CAST(date_trunc('month', CAST(d AS TIMESTAMP)) AS DATE), AVG(v) FROM ({daily}) x GROUP BY 1");
        var first = await fixture.RawAsync(engine, $"SELECT d, v FROM ({daily}) x WHERE EXTRACT(DAY FROM d) = 1");
        Assert.Equal(3, average.Count);
        ResultAssert.SameRows(average, rows.Select(r => new[] { r[0], r[1] }).ToList(), 1);
        ResultAssert.SameRows(first, rows.Select(r => new[] { r[0], r[2] }).ToList(), 1);
    }
}
