using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>Every new query shape refuses what it cannot mean with an error that names what can be asked instead.</summary>
public sealed class QueryShapeErrorTests
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));
    private readonly MetricCompiler compiler = new(TestRepository.Catalog);

    private CompileError Fail(SemanticQuery query)
    {
        var result = compiler.Compile(query, DuckDbDialect.Instance);
        Assert.False(result.Succeeded, "expected the query to be refused");
        return result.Error;
    }

    [Fact]
    public void An_unknown_entity_suggests_the_nearest_model()
    {
        var error = Fail(new(["order_count"], [], [], Q3, Entities: ["customer"]));
        Assert.Equal("unknown_entity", error.Code);
        Assert.Contains("customers", error.Suggestions);
    }

    [Fact]
    public void An_entity_out_of_reach_names_the_reachable_ones()
    {
        // Store traffic has no customer: visitors cannot be split per customer.
        var error = Fail(new(["visitors"], [], [], Q3, Entities: ["customers"]));
        Assert.Equal("unreachable_entity", error.Code);
        Assert.Contains("stores", error.Suggestions);
        Assert.DoesNotContain("customers", error.Suggestions);
    }

    [Fact]
    public void A_time_dimension_not_every_model_has_is_refused_with_the_shared_ones()
    {
        var error = Fail(new(["gmv", "refund_amount"], [], [], Q3, TimeGroups: [new("paid_time", TimeGrain.Month, null)]));
        Assert.Equal("unknown_time_dimension", error.Code);
        var typo = Fail(new(["order_count"], [], [], Q3, TimeGroups: [new("paid_tme", TimeGrain.Month, null)]));
        Assert.Contains("paid_time", typo.Suggestions);
    }

    [Fact]
    public void A_running_total_has_no_date_part()
    {
        var error = Fail(new(["gmv_mtd"], [], [], Q3, TimeGroups: [new(null, null, DatePart.DayOfWeek)]));
        Assert.Equal("time_group_not_applicable", error.Code);
    }

    [Fact]
    public void A_comparison_and_a_date_part_do_not_combine()
    {
        var error = Fail(new(["gmv"], [], [], Q3, Compare: Comparison.Yoy, TimeGroups: [new(null, null, DatePart.Month)]));
        Assert.Equal("compare_not_applicable", error.Code);
    }

    [Fact]
    public void A_time_group_needs_exactly_one_of_grain_and_part()
    {
        Assert.Equal("invalid_time_group", Fail(new(["gmv"], [], [], Q3, TimeGroups: [new(null, TimeGrain.Month, DatePart.Month)])).Code);
        Assert.Equal("invalid_time_group", Fail(new(["gmv"], [], [], Q3, TimeGroups: [new(null, null, null)])).Code);
    }

    [Fact]
    public void A_condition_needs_its_metric_in_the_query()
    {
        var error = Fail(new(["gmv"], ["store"], [], Q3, Having: [new("order_count", MetricFilterOperator.Gt, 3)]));
        Assert.Equal("unknown_metric_filter", error.Code);
        Assert.Equal(["gmv"], error.Suggestions);
    }

    [Fact]
    public void A_list_of_values_has_no_metric_time()
    {
        Assert.Equal("grain_needs_metric", Fail(new([], ["channel"], [], Q3, TimeGrain.Month)).Code);
        Assert.Equal("metric_required", Fail(new([], ["channel"], [], Q3, TimeGroups: [new(null, null, DatePart.DayOfWeek)])).Code);
        Assert.Equal("metric_required", Fail(new([], ["channel"], [], Q3, Compare: Comparison.Yoy)).Code);
        Assert.Equal("no_metric", Fail(new([], [], [], Q3)).Code);
    }

    [Fact]
    public void A_list_of_values_needs_one_model_with_all_its_dimensions()
    {
        // Categories are products', channels orders': a list of both would be read from order items (which have both).
        Assert.True(compiler.Compile(new([], ["category", "channel"], [], Q3), DuckDbDialect.Instance).Succeeded);
        // Only order items have categories, and they have no refund time.
        var error = Fail(new([], ["category"], [], Q3, TimeGroups: [new("refund_time", TimeGrain.Day, null)]));
        Assert.Equal("no_common_model", error.Code);
    }
}
