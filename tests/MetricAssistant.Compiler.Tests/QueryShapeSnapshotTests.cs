using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// The query shapes beside dimensions and a grain, per dialect, against reviewed files in Snapshots/shapes/: group-bys
/// on entities, date parts and other time dimensions, conditions on metric values, and lists of values without metrics
/// (scoped like a metric's rows).
/// </summary>
public sealed class QueryShapeSnapshotTests
{
    private static readonly DateRange Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));
    private static readonly QueryFilter East = new("region", QueryFilterOperator.In, ["east"]);

    public static readonly Dictionary<string, SemanticQuery> Cases = new()
    {
        // Customers with more than 3 orders in Q3, most first: the order count per customer key, kept where above 3.
        ["order_count_per_customer_over_3"] = new(["order_count"], [], [], Q3, OrderBy: [new("order_count", true)], Limit: 20,
            Entities: ["customers"], Having: [new("order_count", MetricFilterOperator.Gt, 3)]),
        ["gmv_and_refunds_per_store_entity"] = new(["gmv", "refund_amount"], [], [], Q3, Entities: ["stores"]),
        ["gmv_by_day_of_week"] = new(["gmv"], [], [], Year2025, TimeGroups: [new(null, null, DatePart.DayOfWeek)]),
        ["gmv_by_month_and_quarter_of_year_and_region"] = new(["gmv"], ["region"], [], Year2025,
            TimeGroups: [new(null, null, DatePart.Quarter), new(null, null, DatePart.Month)]),
        ["order_count_by_month_of_payment"] = new(["order_count"], ["channel"], [], Q3, TimeGroups: [new("paid_time", TimeGrain.Month, null)]),
        ["order_count_by_order_month_and_payment_month"] = new(["order_count"], [], [], Q3, TimeGrain.Month, TimeGroups: [new("paid_time", TimeGrain.Month, null)]),
        ["gmv_yoy_growth_by_day_of_week"] = new(["gmv_yoy_growth"], [], [], Q3, TimeGroups: [new(null, null, DatePart.DayOfWeek)]),
        ["appointment_purchase_rate_by_day_of_week"] = new(["appointment_purchase_rate"], [], [], Q3, TimeGroups: [new(null, null, DatePart.DayOfWeek)]),
        ["channel_values_online"] = new([], ["channel"], [new("online_offline", QueryFilterOperator.In, ["online"])], Year2025),
        ["city_values_scoped_to_east"] = new([], ["city"], [], Year2025, Scope: [East]),
        ["member_level_values_by_signup_month"] = new([], ["member_level"], [], Year2025, TimeGroups: [new("signup_date", TimeGrain.Month, null)]),
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
        SqlSnapshot.AssertMatches(result.Query!, $"shapes/{name}.{dialectName}");
    }

    [Fact]
    public void The_answer_names_its_new_key_columns()
    {
        var result = new MetricCompiler(TestRepository.Catalog).Compile(Cases["order_count_by_order_month_and_payment_month"], DuckDbDialect.Instance);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(["period", "paid_time__month", "order_count"], result.Query!.Columns.Select(c => c.Name));
        Assert.Equal(["date", "date", "integer"], result.Query.Columns.Select(c => c.Type));
        var entity = new MetricCompiler(TestRepository.Catalog).Compile(Cases["order_count_per_customer_over_3"], DuckDbDialect.Instance).Query!;
        Assert.Equal(new OutputColumn("customers", "integer", ColumnRole.Dimension, Dimension: "customers"), entity.Columns[0]);
    }

    [Fact]
    public void A_list_of_values_applies_the_scope_to_the_rows_it_reads()
    {
        var result = new MetricCompiler(TestRepository.Catalog).Compile(Cases["city_values_scoped_to_east"], DuckDbDialect.Instance);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("region_code\" IN ($p0)", result.Query!.Sql, StringComparison.Ordinal);
        Assert.Equal("east", result.Query.Parameters[0].Value);
        Assert.Empty(result.Query.Plan.Metrics);
    }
}
