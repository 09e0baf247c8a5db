using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// The SQL of representative queries, per dialect, compared with reviewed files in Snapshots/.
/// Run with UPDATE_SNAPSHOTS=1 to rewrite them after an intended change, then review the diff.
/// </summary>
public sealed class SqlSnapshotTests
{
    private static readonly DateRange Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    public static readonly Dictionary<string, SemanticQuery> Cases = new()
    {
        ["gmv_by_month_and_region"] = new(["gmv"], ["region"], [], Year2025, TimeGrain.Month),
        ["gmv_top5_stores_on_tmall_and_jd"] = new(["gmv"], ["store"], [new("channel", QueryFilterOperator.In, ["tmall", "jd"])], Q3, null, [new("gmv", true)], 5),
        ["aov_by_channel"] = new(["aov"], ["channel"], [], Q3),
        ["conversion_rate_by_month_and_region"] = new(["conversion_rate"], ["region"], [], Year2025, TimeGrain.Month),
        ["paying_customers_by_quarter"] = new(["paying_customers"], [], [], Year2025, TimeGrain.Quarter),
        ["avg_headcount_by_quarter_and_region"] = new(["avg_headcount"], ["region"], [], Year2025, TimeGrain.Quarter),
        ["total_customers_by_month_gold"] = new(["total_customers"], [], [new("member_level", QueryFilterOperator.In, ["gold"])], Year2025, TimeGrain.Month),
        ["gross_margin_by_category"] = new(["gross_margin"], ["category"], [], Q3),
        ["refund_rate_yoy"] = new(["refund_rate"], [], [], Q3, null, null, null, Comparison.Yoy),
        ["gmv_net_online_excluding_jd"] = new(["gmv_net"], ["online_offline"], [new("channel", QueryFilterOperator.NotIn, ["jd"])], Q3),
        ["revenue_per_staff_by_region_mom"] = new(["revenue_per_staff"], ["region"], [], Q3, TimeGrain.Month, null, null, Comparison.Pop),
        ["avg_headcount_at_quarter_end_by_region"] = new(["avg_headcount"], ["region"], [], Q3, At: ValueAt.PeriodEnd),
        ["avg_headcount_at_each_quarter_end"] = new(["avg_headcount"], [], [], Year2025, TimeGrain.Quarter, At: ValueAt.PeriodEnd),
        // Issue #16: rolling windows and to-date totals read before the range; offset inputs; the period's last snapshot.
        ["gmv_rolling_7d_by_day_and_region"] = new(["gmv_rolling_7d"], ["region"], [], new(new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1)), TimeGrain.Day),
        ["gmv_rolling_30d_by_week"] = new(["gmv_rolling_30d"], [], [], Q3, TimeGrain.Week),
        ["order_count_rolling_7d_at_range_end"] = new(["order_count_rolling_7d"], ["channel"], [], Q3),
        ["gmv_mtd_and_ytd_by_day"] = new(["gmv_mtd", "gmv_ytd"], [], [], new(new DateOnly(2025, 6, 25), new DateOnly(2025, 7, 6)), TimeGrain.Day),
        ["gmv_yoy_growth_by_month_and_region"] = new(["gmv_yoy_growth"], ["region"], [], Year2025, TimeGrain.Month),
        ["gmv_yoy_growth_by_week_mom"] = new(["gmv_yoy_growth"], [], [], Q3, TimeGrain.Week, null, null, Comparison.Pop),
        ["gmv_after_refunds_by_channel"] = new(["gmv_after_refunds"], ["channel"], [], Q3),
        ["headcount_end_by_quarter_and_region"] = new(["headcount_end", "avg_headcount"], ["region"], [], Year2025, TimeGrain.Quarter),
        // Conversion: appointments followed by their customers' payments within the window (the metric's 7 days, or the query's).
        ["appointment_purchase_rate_by_month_and_region"] = new(["appointment_purchase_rate"], ["region"], [], Q3, TimeGrain.Month),
        ["appointment_buyers_within_14_days_by_store_type"] = new(["appointment_buyers"], ["store_type"], [], Q3, ConversionWindow: new CalendarWindow(14, TimeGrain.Day)),
        ["gmv_and_visitors_scoped_to_east"] = new(["gmv", "visitors"], ["channel"], [], Q3, null, null, null, null, [new("region", QueryFilterOperator.In, ["east"])]),
    };

    public static IEnumerable<object[]> CaseNames() =>
        Cases.Keys.SelectMany(name => new[] { new object[] { name, "duckdb" }, new object[] { name, "postgres" } });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Sql_matches_the_reviewed_snapshot(string name, string dialectName)
    {
        SqlDialect dialect = dialectName == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var result = new MetricCompiler(TestRepository.Catalog).Compile(Cases[name], dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        SqlSnapshot.AssertMatches(result.Query!, $"{name}.{dialectName}");
    }

}
