using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

public sealed class CompilerErrorTests
{
    private static readonly DateRange Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));
    private readonly MetricCompiler compiler = new(TestRepository.Catalog);

    private CompileError Fail(SemanticQuery query)
    {
        var result = compiler.Compile(query, DuckDbDialect.Instance);
        Assert.False(result.Succeeded, "expected the query to be refused");
        return result.Error;
    }

    private static SemanticQuery Query(string metric, string[]? groupBy = null, QueryFilter[]? filters = null, DateRange? range = null, TimeGrain? grain = null) =>
        new([metric], groupBy ?? [], filters ?? [], range ?? Year2025, grain);

    [Fact]
    public void A_flow_metric_has_no_value_at_the_period_end()
    {
        var error = Fail(Query("gmv") with { At = ValueAt.PeriodEnd });
        Assert.Equal("period_end_not_applicable", error.Code);
        Assert.Contains("'gmv'", error.Message);
        var mixed = Fail(new SemanticQuery(["avg_headcount", "revenue_per_staff"], [], [], Year2025, At: ValueAt.PeriodEnd));
        Assert.Equal(["avg_headcount"], mixed.Suggestions);
    }

    [Theory]
    [InlineData("avg_headcount")]
    [InlineData("total_customers")]
    public void Snapshots_and_running_totals_have_a_value_at_the_period_end(string metric) =>
        Assert.True(compiler.Compile(Query(metric) with { At = ValueAt.PeriodEnd }, DuckDbDialect.Instance).Succeeded);

    [Fact]
    public void Unknown_metric_suggests_the_nearest()
    {
        var error = Fail(Query("gmvv"));
        Assert.Equal("unknown_metric", error.Code);
        Assert.Contains("gmv", error.Suggestions);
        Assert.Contains("Did you mean 'gmv'", error.Message);
    }

    [Fact]
    public void A_dimension_the_metric_cannot_reach_is_refused_naming_what_it_can_be_split_by()
    {
        var error = Fail(Query("gmv", groupBy: ["category"]));
        Assert.Equal("unreachable_dimension", error.Code);
        Assert.Contains("region", error.Suggestions);
        Assert.Contains("channel", error.Suggestions);
        Assert.DoesNotContain("category", error.Suggestions);
        Assert.Contains("It can be split by:", error.Message);
    }

    [Fact]
    public void Item_metrics_can_be_split_by_category_and_member_counts_cannot_by_channel()
    {
        Assert.True(compiler.Compile(Query("item_sales", groupBy: ["category"]), DuckDbDialect.Instance).Succeeded);
        Assert.Equal("unreachable_dimension", Fail(Query("new_customers", groupBy: ["channel"])).Code);
    }

    [Fact]
    public void Unknown_dimension_suggests_the_nearest()
    {
        var error = Fail(Query("gmv", groupBy: ["regoin"]));
        Assert.Equal("unknown_dimension", error.Code);
        Assert.Contains("region", error.Suggestions);
    }

    [Fact]
    public void Unknown_code_suggests_the_nearest_and_lists_values()
    {
        var error = Fail(Query("gmv", filters: [new QueryFilter("region", QueryFilterOperator.In, ["esat"])]));
        Assert.Equal("unknown_value", error.Code);
        Assert.Contains("east", error.Suggestions);
        Assert.Contains("north", error.Message);
    }

    [Fact]
    public void Sql_in_a_filter_value_is_an_unknown_code_not_sql()
    {
        var error = Fail(Query("gmv", filters: [new QueryFilter("region", QueryFilterOperator.In, ["east' OR 1=1 --"])]));
        Assert.Equal("unknown_value", error.Code);
    }

    [Fact]
    public void Inverted_and_empty_ranges_are_refused()
    {
        Assert.Equal("invalid_time_range", Fail(Query("gmv", range: new DateRange(new DateOnly(2025, 3, 1), new DateOnly(2025, 1, 1)))).Code);
        var empty = Fail(Query("gmv", range: new DateRange(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1))));
        Assert.Equal("invalid_time_range", empty.Code);
        Assert.Contains("empty", empty.Message);
    }

    [Fact]
    public void Headcount_cannot_be_shown_by_day_but_can_by_quarter()
    {
        var error = Fail(Query("avg_headcount", grain: TimeGrain.Day));
        Assert.Equal("grain_too_fine", error.Code);
        Assert.Contains("month", error.Suggestions);
        Assert.True(compiler.Compile(Query("avg_headcount", grain: TimeGrain.Quarter), DuckDbDialect.Instance).Succeeded);
        // With several metrics, the refusal names the one recorded monthly, not the first asked.
        var mixed = Fail(new SemanticQuery(["gmv", "avg_headcount"], [], [], Year2025, TimeGrain.Week));
        Assert.Contains("'avg_headcount'", mixed.Message);
    }

    [Fact]
    public void Deprecated_metric_is_refused_by_the_compiler_naming_its_replacement()
    {
        var error = Fail(Query("sales_amount_legacy"));
        Assert.Equal("metric_deprecated", error.Code);
        Assert.Equal(["gmv"], error.Suggestions);
    }

    [Fact]
    public void Unknown_order_field_and_bad_limit_are_refused()
    {
        Assert.Equal("unknown_order_field", Fail(Query("gmv") with { OrderBy = [new QueryOrder("gvm", true)] }).Code);
        Assert.Equal("invalid_limit", Fail(Query("gmv") with { Limit = 0 }).Code);
    }

    [Fact]
    public void Values_are_bound_parameters_never_sql_text()
    {
        var result = compiler.Compile(
            Query("gmv", groupBy: ["channel"], filters: [new QueryFilter("region", QueryFilterOperator.In, ["east", "south"]), new QueryFilter("channel", QueryFilterOperator.NotIn, ["jd"])]) with { Limit = 5 },
            PostgresDialect.Instance);
        Assert.True(result.Succeeded);
        Assert.DoesNotContain("'east'", result.Query.Sql);
        Assert.DoesNotContain("'jd'", result.Query.Sql);
        Assert.DoesNotContain("2025-01-01", result.Query.Sql);
        Assert.Contains(result.Query.Parameters, p => Equals(p.Value, "east"));
        Assert.Contains(result.Query.Parameters, p => Equals(p.Value, 5L));
        foreach (var p in result.Query.Parameters) Assert.Contains("@" + p.Name, result.Query.Sql);
    }

    [Fact]
    public void Compilation_is_deterministic()
    {
        var query = Query("conversion_rate", groupBy: ["region", "channel"], grain: TimeGrain.Month) with { Compare = Comparison.Yoy };
        var a = compiler.Compile(query, DuckDbDialect.Instance).Query!;
        var b = new MetricCompiler(TestRepository.Catalog).Compile(query, DuckDbDialect.Instance).Query!;
        Assert.Equal(a.Sql, b.Sql);
        Assert.Equal(a.Parameters, b.Parameters);
    }

    [Fact]
    public void Comparison_adds_previous_change_and_change_pct_columns()
    {
        var result = compiler.Compile(Query("aov", grain: TimeGrain.Month) with { Compare = Comparison.Pop }, DuckDbDialect.Instance);
        Assert.Equal(["period", "aov", "aov_previous", "aov_change", "aov_change_pct"], result.Query!.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Every_column_says_what_it_holds_and_of_which_metric_or_dimension()
    {
        var result = compiler.Compile(Query("aov", groupBy: ["region"], grain: TimeGrain.Month) with { Compare = Comparison.Yoy }, DuckDbDialect.Instance);
        Assert.Equal(
            [
                new OutputColumn("period", "date", ColumnRole.Time),
                new OutputColumn("region", "string", ColumnRole.Dimension, Dimension: "region"),
                new OutputColumn("aov", "number", ColumnRole.Value, "aov"),
                new OutputColumn("aov_previous", "number", ColumnRole.Previous, "aov"),
                new OutputColumn("aov_change", "number", ColumnRole.Change, "aov"),
                new OutputColumn("aov_change_pct", "number", ColumnRole.ChangePct, "aov"),
            ],
            result.Query!.Columns);
    }
}
