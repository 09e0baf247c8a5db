using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// The compiler's correctness rules, each checked against hand-written SQL on both engines: distinct
/// counts per period (never summed), semi-additive averages, cumulative totals, comparisons, rankings,
/// exclusions, mapped dimensions and grains.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ScenarioResultTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private async Task<Answer> AskAsync(string engine, QueryDto query)
    {
        var answer = await fixture.Service(engine).RunAsync(new QueryRequest(query, "ceo"), CancellationToken.None);
        Assert.True(answer.Status == AnswerStatus.Answered, $"{answer.Status}: {answer.Message}");
        return answer;
    }

    private static List<object?[]> Rows(Answer answer) => answer.Rows.Select(r => r.ToArray()).ToList();

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Paying_customers_by_quarter_counts_distinct_customers_per_quarter(string engine)
    {
        var answer = await AskAsync(engine, new(["paying_customers"], [], [], new("2025-01-01", "2026-01-01"), "quarter"));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('quarter', CAST(paid_time AS TIMESTAMP)) AS DATE), COUNT(DISTINCT customer_id) FROM orders " +
            "WHERE paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2026-01-01' GROUP BY 1");
        ResultAssert.SameRows(expected, Rows(answer), 1);
        var summedMonths = await fixture.RawAsync(engine,
            "SELECT SUM(n) FROM (SELECT COUNT(DISTINCT customer_id) AS n FROM orders WHERE paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2025-04-01' GROUP BY date_trunc('month', paid_time)) x");
        Assert.True(ResultAssert.Number(summedMonths[0][0]) > ResultAssert.Number(answer.Rows[0][1]), "a sum of monthly distinct counts would overcount");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Average_headcount_by_quarter_averages_the_monthly_totals(string engine)
    {
        var answer = await AskAsync(engine, new(["avg_headcount"], ["region"], [], new("2025-01-01", "2026-01-01"), "quarter"));
        var expected = await fixture.RawAsync(engine,
            "SELECT q, region, AVG(total) FROM (SELECT CAST(date_trunc('quarter', CAST(h.month AS TIMESTAMP)) AS DATE) AS q, h.month, s.region_code AS region, SUM(h.headcount) AS total " +
            "FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE h.month >= DATE '2025-01-01' AND h.month < DATE '2026-01-01' GROUP BY 1, 2, 3) x GROUP BY 1, 2");
        ResultAssert.SameRows(expected, Rows(answer), 2);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Headcount_at_the_period_end_is_the_last_month_snapshot_not_the_average(string engine)
    {
        var answer = await AskAsync(engine, new(["avg_headcount"], ["region"], [], new("2025-04-01", "2025-07-01"), At: "period_end"));
        Assert.Equal("period_end", answer.Query!.At);
        var expected = await fixture.RawAsync(engine,
            "SELECT s.region_code, SUM(h.headcount) FROM store_staff_monthly h JOIN stores s ON s.store_id = h.store_id WHERE h.month = DATE '2025-06-01' GROUP BY 1");
        ResultAssert.SameRows(expected, Rows(answer), 1);

        var trend = await AskAsync(engine, new(["avg_headcount"], [], [], new("2025-01-01", "2026-01-01"), "quarter", At: "period_end"));
        var quarterEnds = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('quarter', CAST(month AS TIMESTAMP)) AS DATE), SUM(headcount) FROM store_staff_monthly " +
            "WHERE month IN (DATE '2025-03-01', DATE '2025-06-01', DATE '2025-09-01', DATE '2025-12-01') GROUP BY 1");
        ResultAssert.SameRows(quarterEnds, Rows(trend), 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Total_customers_without_a_grain_counts_everyone_signed_up_before_the_end(string engine)
    {
        var answer = await AskAsync(engine, new(["total_customers"], [], [], new("2025-06-01", "2025-07-01")));
        var expected = await fixture.RawAsync(engine, "SELECT COUNT(*) FROM customers WHERE signup_date < DATE '2025-07-01'");
        ResultAssert.Close(ResultAssert.Number(expected[0][0]), ResultAssert.Number(answer.Rows[0][0]), "total_customers");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Year_over_year_adds_previous_value_and_change(string engine)
    {
        var answer = await AskAsync(engine, new(["gmv"], ["region"], [], new("2025-07-01", "2025-10-01"), Compare: "yoy"));
        Assert.Equal(["region", "gmv", "gmv_previous", "gmv_change", "gmv_change_pct"], answer.Columns.Select(c => c.Name));
        const string sql = "SELECT s.region_code, SUM(o.pay_amount) FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.paid_time >= TIMESTAMP '{0}' AND o.paid_time < TIMESTAMP '{1}' GROUP BY 1";
        var current = (await fixture.RawAsync(engine, string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "2025-07-01", "2025-10-01"))).ToDictionary(r => (string)r[0]!, r => ResultAssert.Number(r[1]));
        var previous = (await fixture.RawAsync(engine, string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "2024-07-01", "2024-10-01"))).ToDictionary(r => (string)r[0]!, r => ResultAssert.Number(r[1]));
        Assert.Equal(5, answer.Rows.Count);
        foreach (var row in answer.Rows)
        {
            var region = (string)row[0]!;
            ResultAssert.Close(current[region], ResultAssert.Number(row[1]), region);
            ResultAssert.Close(previous[region], ResultAssert.Number(row[2]), region + " previous");
            ResultAssert.Close(current[region] - previous[region], ResultAssert.Number(row[3]), region + " change");
            ResultAssert.Close((current[region] - previous[region]) / previous[region], ResultAssert.Number(row[4]), region + " change %");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Month_over_month_by_month_compares_each_month_with_the_one_before(string engine)
    {
        var answer = await AskAsync(engine, new(["order_count"], [], [], new("2025-02-01", "2025-05-01"), "month", Compare: "pop"));
        var expected = (await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('month', order_time) AS DATE), COUNT(*) FROM orders WHERE status <> 'cancelled' AND order_time >= TIMESTAMP '2025-01-01' AND order_time < TIMESTAMP '2025-05-01' GROUP BY 1 ORDER BY 1"))
            .Select(r => ResultAssert.Number(r[1])).ToList();
        Assert.Equal(3, answer.Rows.Count);
        for (var i = 0; i < 3; i++)
        {
            ResultAssert.Close(expected[i + 1], ResultAssert.Number(answer.Rows[i][1]), $"month {i}");
            ResultAssert.Close(expected[i], ResultAssert.Number(answer.Rows[i][2]), $"previous of month {i}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Top_stores_excluding_jd_are_ranked_with_their_values(string engine)
    {
        var answer = await AskAsync(engine, new(["gmv"], ["store"], [new("channel", "not_in", ["jd"])], new("2025-01-01", "2025-04-01"), OrderBy: [new("gmv", true)], Limit: 5));
        var expected = await fixture.RawAsync(engine,
            "SELECT store_id, SUM(pay_amount) AS v FROM orders WHERE paid_time >= TIMESTAMP '2025-01-01' AND paid_time < TIMESTAMP '2025-04-01' AND channel_code <> 'jd' GROUP BY 1 ORDER BY v DESC, store_id LIMIT 5");
        Assert.Equal(expected.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)), answer.Rows.Select(r => (long)r[0]!));
        ResultAssert.SameRows(expected, Rows(answer), 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Online_offline_splits_by_the_channels_flag(string engine)
    {
        var answer = await AskAsync(engine, new(["gmv_net"], ["online_offline"], [], new("2025-01-01", "2025-02-01")));
        var expected = await fixture.RawAsync(engine,
            "SELECT CASE WHEN c.is_online THEN 'online' ELSE 'offline' END, SUM(o.order_amount - o.discount_amount) FROM orders o JOIN channels c ON c.channel_code = o.channel_code " +
            "WHERE o.status <> 'cancelled' AND o.order_time >= TIMESTAMP '2025-01-01' AND o.order_time < TIMESTAMP '2025-02-01' GROUP BY 1");
        ResultAssert.SameRows(expected, Rows(answer), 1);
        var online = await AskAsync(engine, new(["gmv_net"], [], [new("online_offline", "in", ["online"])], new("2025-01-01", "2025-02-01")));
        ResultAssert.Close(ResultAssert.Number(expected.Single(r => (string)r[0]! == "online")[1]), ResultAssert.Number(online.Rows[0][0]), "online only");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Weekly_trend_uses_iso_weeks_starting_monday(string engine)
    {
        var answer = await AskAsync(engine, new(["visitors"], [], [], new("2025-03-01", "2025-04-01"), "week"));
        var expected = await fixture.RawAsync(engine,
            "SELECT CAST(date_trunc('week', CAST(traffic_date AS TIMESTAMP)) AS DATE), SUM(visitors) FROM store_traffic WHERE traffic_date >= DATE '2025-03-01' AND traffic_date < DATE '2025-04-01' GROUP BY 1");
        ResultAssert.SameRows(expected, Rows(answer), 1);
        Assert.All(answer.Rows, r => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse((string)r[0]!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Two_metrics_from_different_facts_meet_on_shared_dimensions(string engine)
    {
        var answer = await AskAsync(engine, new(["paid_order_count", "visitors", "conversion_rate"], ["channel"], [], new("2025-05-01", "2025-06-01")));
        foreach (var row in answer.Rows)
            ResultAssert.Close(Convert.ToDouble(row[1], System.Globalization.CultureInfo.InvariantCulture) / Convert.ToDouble(row[2], System.Globalization.CultureInfo.InvariantCulture), ResultAssert.Number(row[3]), (string)row[0]!);
        var expected = await fixture.RawAsync(engine,
            "SELECT channel_code, SUM(visitors) FROM store_traffic WHERE traffic_date >= DATE '2025-05-01' AND traffic_date < DATE '2025-06-01' GROUP BY 1");
        ResultAssert.SameRows(expected, answer.Rows.Select(r => new[] { r[0], r[2] }).ToList(), 1);
    }
}
