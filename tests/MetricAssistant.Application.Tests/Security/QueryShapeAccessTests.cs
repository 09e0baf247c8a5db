using MetricAssistant.Application.Security;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Security;

/// <summary>
/// Row rules hold for every query shape: a list of values (no metric to take the rules from) is scoped by the asker's
/// least restricted role and the compiled SQL reads only those rows; per-entity and date-part queries keep the metric's rules.
/// </summary>
public sealed class QueryShapeAccessTests
{
    private static readonly AccessEvaluator Access = new(TestRepository.Catalog);
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    private static Caller User(string id) => Access.DemoCaller(id)!;

    private static CompiledQuery Compile(SemanticQuery query)
    {
        var result = new MetricCompiler(TestRepository.Catalog).Compile(query, DuckDbDialect.Instance);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Query!;
    }

    [Fact]
    public void A_list_of_cities_is_scoped_to_the_managers_region_in_the_sql()
    {
        var query = new SemanticQuery([], ["city"], [], Q3);
        var decision = Access.Check(User("east_wang"), query, "en");
        Assert.True(decision.Allowed);
        var scope = Assert.Single(decision.Scope);
        Assert.Equal("region", scope.Dimension);
        Assert.Equal(["east"], scope.Values);
        var compiled = Compile(query with { Scope = decision.Scope });
        Assert.Contains("\"region_code\" IN (", compiled.Sql, StringComparison.Ordinal);
        Assert.Contains(compiled.Parameters, p => Equals(p.Value, "east"));
    }

    [Fact]
    public void A_list_of_channels_is_scoped_to_online_for_e_commerce_and_unscoped_for_the_ceo()
    {
        var query = new SemanticQuery([], ["channel"], [], Q3);
        var ecommerce = Access.Check(User("ecom_zhao"), query, "en");
        Assert.Equal("online_offline", Assert.Single(ecommerce.Scope).Dimension);
        Assert.Contains("\"is_online\" IN (", Compile(query with { Scope = ecommerce.Scope }).Sql, StringComparison.Ordinal);
        Assert.Empty(Access.Check(User("ceo"), query, "en").Scope);
    }

    [Fact]
    public void A_list_of_values_outside_the_scope_is_refused()
    {
        var decision = Access.Check(User("east_wang"), new SemanticQuery([], ["city"], [new("region", QueryFilterOperator.In, ["west"])], Q3), "zh");
        Assert.False(decision.Allowed);
        Assert.Equal("outside_scope", decision.DenialCode);
    }

    [Fact]
    public void Per_customer_and_day_of_week_queries_keep_the_metrics_row_rules()
    {
        var query = new SemanticQuery(["order_count"], [], [], Q3, Entities: ["customers"], TimeGroups: [new(null, null, DatePart.DayOfWeek)],
            Having: [new("order_count", MetricFilterOperator.Gt, 1)]);
        var decision = Access.Check(User("east_wang"), query, "en");
        Assert.True(decision.Allowed);
        var compiled = Compile(query with { Scope = decision.Scope });
        Assert.Contains("\"region_code\" IN (", compiled.Sql, StringComparison.Ordinal);
        // A metric the asker may not see cannot be used for a condition either: it would have to be in the query's metrics.
        Assert.False(Access.Check(User("guest"), query with { Metrics = ["gross_margin"], Having = [new("gross_margin", MetricFilterOperator.Gt, 0)] }, "en").Allowed);
    }
}
