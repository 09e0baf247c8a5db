using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// A derived input read at its month's first day (offset_to_grain) and an input read a calendar month back, on both
/// engines against hand-written SQL: by day each day meets its month's first day, by week each week meets the first
/// day of the month its Monday is in; a month back by day reads the day a month before (31 March reads 28 February).
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class OffsetToGrainResultTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<List<object?[]>> RunAsync(string engine, string yaml, SemanticQuery query)
    {
        SqlDialect dialect = engine == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var compiled = new MetricCompiler(OffsetMetricDocuments.Catalog(yaml)).Compile(query, dialect);
        Assert.True(compiled.Succeeded, compiled.Error?.Message);
        var result = await fixture.Warehouse(engine).ExecuteAsync(compiled.Query, CancellationToken.None);
        return result.Rows.Select(r => r.ToArray()).ToList();
    }

    private const string DailyGmv = "SELECT CAST(date_trunc('day', CAST(o.paid_time AS TIMESTAMP)) AS DATE) AS d, s.region_code AS region, SUM(o.pay_amount) AS v " +
        "FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time IS NOT NULL GROUP BY 1, 2";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task By_day_each_day_meets_its_months_first_day(string engine)
    {
        var rows = await RunAsync(engine, OffsetMetricDocuments.SinceMonthStart,
            new(["gmv_yoy_growth"], ["region"], [], new(new DateOnly(2025, 6, 25), new DateOnly(2025, 7, 6)), TimeGrain.Day));
        var expected = await fixture.RawAsync(engine,
            $"SELECT a.d, a.region, a.v - b.v FROM ({DailyGmv}) a JOIN ({DailyGmv}) b " +
            "ON b.region = a.region AND b.d = CAST(date_trunc('month', CAST(a.d AS TIMESTAMP)) AS DATE) WHERE a.d >= DATE '2025-06-25' AND a.d < DATE '2025-07-06'");
        Assert.True(expected.Count >= 11, $"{expected.Count} rows");
        ResultAssert.SameRows(expected, rows, 2);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task By_week_each_week_meets_the_first_day_of_its_mondays_month(string engine)
    {
        var rows = await RunAsync(engine, OffsetMetricDocuments.SinceMonthStart,
            new(["gmv_yoy_growth"], [], [], new(new DateOnly(2025, 7, 7), new DateOnly(2025, 9, 29)), TimeGrain.Week));
        var expected = await fixture.RawAsync(engine,
            "SELECT w.week, w.v - f.v FROM " +
            "(SELECT CAST(date_trunc('week', paid_time) AS DATE) AS week, SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2025-07-07' AND paid_time < TIMESTAMP '2025-09-29' GROUP BY 1) w JOIN " +
            "(SELECT CAST(date_trunc('day', paid_time) AS DATE) AS d, SUM(pay_amount) AS v FROM orders WHERE paid_time IS NOT NULL GROUP BY 1) f " +
            "ON f.d = CAST(date_trunc('month', CAST(w.week AS TIMESTAMP)) AS DATE)");
        Assert.Equal(12, expected.Count);
        ResultAssert.SameRows(expected, rows, 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_month_back_by_day_reads_the_day_a_month_before(string engine)
    {
        var rows = await RunAsync(engine, OffsetMetricDocuments.MonthBack,
            new(["gmv_yoy_growth"], [], [], new(new DateOnly(2025, 3, 25), new DateOnly(2025, 4, 3)), TimeGrain.Day));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(g.gs AS DATE), SUM(o.pay_amount) FROM generate_series(TIMESTAMP '2025-03-25', TIMESTAMP '2025-04-02', INTERVAL '1 day') AS g(gs) " +
            "JOIN orders o ON CAST(date_trunc('day', o.paid_time) AS DATE) = CAST(g.gs - INTERVAL '1 month' AS DATE) WHERE o.paid_time IS NOT NULL GROUP BY 1");
        Assert.Equal(9, expected.Count);
        ResultAssert.SameRows(expected, rows, 1);
        // 29, 30 and 31 March all read 28 February (2025 has no 29th), so they show one value.
        var march = rows.Where(r => ResultAssert.Text(r[0]) is "2025-03-29" or "2025-03-30" or "2025-03-31").Select(r => ResultAssert.Number(r[1])).Distinct().ToList();
        Assert.Single(march);
    }
}
