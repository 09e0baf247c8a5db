using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// The metric types of issue #16 at the grains where they differ from a plain sum, each against hand-written SQL
/// on both engines: rolling windows complete from the first day (read before the range), month- and year-to-date
/// restarting at their grain, a derived metric over last year's value (weekly: 52 weeks back), the period's last
/// snapshot beside the average, and a derived difference of two facts.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class MetricTypeResultTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<Answer> RunAsync(string engine, QueryDto query)
    {
        var answer = await fixture.Service(engine).RunAsync(new QueryRequest(query, "ceo"), CancellationToken.None);
        Assert.True(answer.Status == AnswerStatus.Answered, $"{answer.Status}: {answer.Message}");
        return answer;
    }

    private static List<object?[]> Rows(Answer answer) => answer.Rows.Select(r => r.ToArray()).ToList();

    private const string Days = "(SELECT CAST(gs AS DATE) AS d, CAST(gs + INTERVAL '1 day' AS DATE) AS next_day FROM generate_series(TIMESTAMP '{0}', TIMESTAMP '{1}', INTERVAL '1 day') AS g(gs)) days";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Rolling_7_day_gmv_by_day_is_complete_from_the_first_day(string engine)
    {
        var answer = await RunAsync(engine, new(["gmv_rolling_7d"], ["region"], [], new("2025-03-01", "2025-04-01"), "day"));
        var expected = await fixture.RawAsync(engine,
            $"SELECT days.d, s.region_code, SUM(o.pay_amount) FROM {string.Format(Days, "2025-03-01", "2025-03-31")} " +
            "JOIN orders o ON o.paid_time >= days.next_day - INTERVAL '7 days' AND o.paid_time < days.next_day JOIN stores s ON s.store_id = o.store_id " +
            "WHERE o.paid_time IS NOT NULL GROUP BY 1, 2");
        ResultAssert.SameRows(expected, Rows(answer), 2);

        // The first day holds the six days of February before it: a window cut at the range's start would hold one day.
        var firstDay = await fixture.RawAsync(engine,
            "SELECT SUM(pay_amount) FROM orders WHERE paid_time >= TIMESTAMP '2025-02-23' AND paid_time < TIMESTAMP '2025-03-02'");
        var firstRows = answer.Rows.Where(r => (string)r[0]! == "2025-03-01").Sum(r => ResultAssert.Number(r[2]) ?? 0);
        ResultAssert.Close(ResultAssert.Number(firstDay[0][0]), firstRows, "2025-03-01");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Rolling_30_day_gmv_by_week_ends_each_window_with_its_week(string engine)
    {
        var answer = await RunAsync(engine, new(["gmv_rolling_30d"], [], [], new("2025-07-07", "2025-09-29"), "week"));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(w.gs AS DATE), SUM(o.pay_amount) FROM generate_series(TIMESTAMP '2025-07-07', TIMESTAMP '2025-09-22', INTERVAL '7 days') AS w(gs) " +
            "JOIN orders o ON o.paid_time >= w.gs + INTERVAL '7 days' - INTERVAL '30 days' AND o.paid_time < w.gs + INTERVAL '7 days' WHERE o.paid_time IS NOT NULL GROUP BY 1");
        Assert.Equal(12, expected.Count);
        ResultAssert.SameRows(expected, Rows(answer), 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Rolling_orders_without_a_grain_is_the_window_before_the_range_end(string engine)
    {
        var answer = await RunAsync(engine, new(["order_count_rolling_7d"], ["channel"], [], new("2025-07-01", "2025-10-01")));
        var expected = await fixture.RawAsync(engine,
            "SELECT channel_code, COUNT(*) FROM orders WHERE status <> 'cancelled' AND order_time >= TIMESTAMP '2025-09-24' AND order_time < TIMESTAMP '2025-10-01' GROUP BY 1");
        ResultAssert.SameRows(expected, Rows(answer), 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Month_and_year_to_date_run_from_their_grain_start_and_restart_there(string engine)
    {
        var answer = await RunAsync(engine, new(["gmv_mtd", "gmv_ytd"], [], [], new("2025-06-25", "2025-07-06"), "day"));
        var daily = "SELECT CAST(date_trunc('day', CAST(paid_time AS TIMESTAMP)) AS DATE) AS d, SUM(pay_amount) AS v FROM orders " +
            "WHERE paid_time IS NOT NULL AND paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2025-07-06' GROUP BY 1";
        var mtd = await fixture.RawAsync(engine,
            $"SELECT d, SUM(v) OVER (PARTITION BY date_trunc('month', CAST(d AS TIMESTAMP)) ORDER BY d) FROM ({daily}) x ORDER BY d");
        var ytd = await fixture.RawAsync(engine, $"SELECT d, SUM(v) OVER (ORDER BY d) FROM ({daily}) x ORDER BY d");
        var from = mtd.FindIndex(r => ResultAssert.Text(r[0]) == "2025-06-25");
        Assert.Equal(11, answer.Rows.Count);
        ResultAssert.SameRows(mtd.Skip(from).ToList(), Rows(answer).Select(r => new[] { r[0], r[1] }).ToList(), 1);
        ResultAssert.SameRows(ytd.Skip(from).ToList(), Rows(answer).Select(r => new[] { r[0], r[2] }).ToList(), 1);
        // July 1st restarts the month's total at that day's GMV; the year's total carries on.
        var july1 = answer.Rows.Single(r => (string)r[0]! == "2025-07-01");
        ResultAssert.Close(ResultAssert.Number(mtd.Single(r => ResultAssert.Text(r[0]) == "2025-07-01")[1]), ResultAssert.Number(july1[1]), "mtd 07-01");
        Assert.True(ResultAssert.Number(july1[2]) > ResultAssert.Number(july1[1]) * 20);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Gmv_growth_against_last_year_compares_each_period_with_the_same_one_a_year_before(string engine)
    {
        var quarter = await RunAsync(engine, new(["gmv_yoy_growth"], [], [], new("2025-07-01", "2025-10-01")));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(a.v - b.v AS DOUBLE PRECISION) / b.v FROM " +
            "(SELECT SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2025-07-01' AND paid_time < TIMESTAMP '2025-10-01') a CROSS JOIN " +
            "(SELECT SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2024-07-01' AND paid_time < TIMESTAMP '2024-10-01') b");
        ResultAssert.Close(ResultAssert.Number(expected[0][0]), ResultAssert.Number(quarter.Rows[0][0]), "Q3 growth");

        // Weekly rows compare with the week 52 weeks earlier, so Mondays meet Mondays.
        var weekly = await RunAsync(engine, new(["gmv_yoy_growth"], [], [], new("2025-03-03", "2025-04-28"), "week"));
        var weeks = await fixture.RawAsync(engine,
            "SELECT a.w, CAST(a.v - b.v AS DOUBLE PRECISION) / b.v FROM " +
            "(SELECT CAST(date_trunc('week', paid_time) AS DATE) AS w, SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2025-03-03' AND paid_time < TIMESTAMP '2025-04-28' GROUP BY 1) a JOIN " +
            "(SELECT CAST(date_trunc('week', paid_time) + INTERVAL '364 days' AS DATE) AS w, SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2024-03-04' AND paid_time < TIMESTAMP '2024-04-29' GROUP BY 1) b ON a.w = b.w");
        Assert.Equal(8, weeks.Count);
        ResultAssert.SameRows(weeks, Rows(weekly), 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Headcount_at_period_end_is_the_last_snapshot_beside_the_average(string engine)
    {
        var answer = await RunAsync(engine, new(["headcount_end", "avg_headcount"], ["region"], [], new("2025-01-01", "2026-01-01"), "quarter"));
        var ends = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('quarter', CAST(h.month AS TIMESTAMP)) AS DATE), s.region_code, SUM(h.headcount) FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id " +
            "WHERE h.month IN (DATE '2025-03-01', DATE '2025-06-01', DATE '2025-09-01', DATE '2025-12-01') GROUP BY 1, 2");
        ResultAssert.SameRows(ends, Rows(answer), 2);
        var averages = await fixture.RawAsync(engine,
            "SELECT q, region, AVG(total) FROM (SELECT CAST(date_trunc('quarter', CAST(h.month AS TIMESTAMP)) AS DATE) AS q, h.month, s.region_code AS region, SUM(h.headcount) AS total " +
            "FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE h.month >= DATE '2025-01-01' AND h.month < DATE '2026-01-01' GROUP BY 1, 2, 3) x GROUP BY 1, 2");
        ResultAssert.SameRows(averages, Rows(answer).Select(r => new[] { r[0], r[1], r[3] }).ToList(), 2);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Gmv_after_refunds_subtracts_each_channels_refunds_by_refund_time(string engine)
    {
        var answer = await RunAsync(engine, new(["gmv_after_refunds"], ["channel"], [], new("2025-07-01", "2025-10-01")));
        var expected = await fixture.RawAsync(engine,
            "SELECT g.channel_code, g.v - COALESCE(r.v, 0) FROM " +
            "(SELECT channel_code, SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2025-07-01' AND paid_time < TIMESTAMP '2025-10-01' GROUP BY 1) g LEFT JOIN " +
            "(SELECT o.channel_code, SUM(f.refund_amount) AS v FROM refunds f JOIN orders o ON o.order_id = f.order_id WHERE f.refund_time >= TIMESTAMP '2025-07-01' AND f.refund_time < TIMESTAMP '2025-10-01' GROUP BY 1) r " +
            "ON r.channel_code = g.channel_code");
        Assert.Equal(5, expected.Count);
        ResultAssert.SameRows(expected, Rows(answer), 1);
    }
}
