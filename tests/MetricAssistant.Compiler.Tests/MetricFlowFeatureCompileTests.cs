using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// MetricFlow's join_to_timespine (every_period), median, percentile, sum_boolean and a cumulative's period_agg, per
/// dialect, against reviewed snapshots (UPDATE_SNAPSHOTS=1 rewrites them), and what the snapshots do not show.
/// </summary>
public sealed class MetricFlowFeatureCompileTests
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));
    private static readonly SemanticCatalog Catalog = MetricFlowFeatureDocuments.Catalog();

    public static readonly Dictionary<string, SemanticQuery> Cases = new()
    {
        ["gmv_every_day_and_orders_by_day"] = new(["gmv_every_day", "order_count"], [], [], new(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 15)), TimeGrain.Day),
        ["gmv_every_day_unknown_by_week_and_channel"] = new(["gmv_every_day_unknown"], ["channel"], [], Q3, TimeGrain.Week),
        ["median_and_p90_payment_by_month"] = new(["median_payment", "p90_payment"], [], [], Q3, TimeGrain.Month),
        ["online_orders_by_region"] = new(["online_orders"], ["region"], [], Q3),
        ["gmv_rolling_30d_avg_and_first_by_month"] = new(["gmv_rolling_30d_avg", "gmv_rolling_30d_first"], ["region"], [], Q3, TimeGrain.Month),
    };

    public static IEnumerable<object[]> CaseNames() =>
        Cases.Keys.SelectMany(name => new[] { new object[] { name, "duckdb" }, new object[] { name, "postgres" } });

    private static SqlDialect Dialect(string name) => name == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;

    private static CompiledQuery Compile(SemanticQuery query, SqlDialect dialect)
    {
        var result = new MetricCompiler(Catalog).Compile(query, dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Query;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Sql_matches_the_reviewed_snapshot(string name, string dialectName) =>
        SqlSnapshot.AssertMatches(Compile(Cases[name], Dialect(dialectName)), $"metricflow/{name}.{dialectName}");

    [Theory]
    [InlineData("duckdb", "quantile_cont(", "quantile_disc(")]
    [InlineData("postgres", "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY", "PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY")]
    public void Median_and_percentile_use_each_engines_own_function(string engine, string median, string percentile)
    {
        var sql = Compile(Cases["median_and_p90_payment_by_month"], Dialect(engine)).Sql;
        Assert.Contains(median, sql);
        Assert.Contains(percentile, sql);
        // A median of nothing is unknown, never 0.
        Assert.DoesNotContain("COALESCE(", sql);
    }

    [Fact]
    public void Every_period_joins_the_periods_of_the_range_and_no_rows_decides_0_or_unknown()
    {
        var zero = Compile(new(["gmv_every_day"], [], [], Q3, TimeGrain.Day), DuckDbDialect.Instance).Sql;
        Assert.Contains("LEFT JOIN (SELECT", zero);
        Assert.Contains("generate_series(", zero);
        Assert.Contains("COALESCE(c0.v, 0)", zero);
        var unknown = Compile(new(["gmv_every_day_unknown"], [], [], Q3, TimeGrain.Day), DuckDbDialect.Instance).Sql;
        Assert.Contains("LEFT JOIN (SELECT", unknown);
        Assert.DoesNotContain("COALESCE(", unknown);
    }

    [Fact]
    public void Every_period_without_a_grain_or_with_a_filter_on_a_grouped_dimension_adds_no_periods()
    {
        var total = Compile(new(["gmv_every_day"], [], [], Q3), DuckDbDialect.Instance).Sql;
        Assert.DoesNotContain("generate_series(", total);
        // A filled period has no channel, so a filter on the grouped channel leaves it out (MetricFlow filters after its spine join).
        var filtered = Compile(new(["gmv_every_day"], ["channel"], [new("channel", QueryFilterOperator.In, ["jd"])], Q3, TimeGrain.Day), DuckDbDialect.Instance).Sql;
        Assert.DoesNotContain("generate_series(", filtered);
        var grouped = Compile(new(["gmv_every_day"], ["channel"], [], Q3, TimeGrain.Day), DuckDbDialect.Instance).Sql;
        Assert.Contains("generate_series(", grouped);
    }

    [Fact]
    public void Period_agg_reads_the_running_total_by_day_and_by_day_it_is_the_plain_cumulative()
    {
        var monthly = Compile(new(["gmv_rolling_30d_avg"], [], [], Q3, TimeGrain.Month), DuckDbDialect.Instance);
        Assert.Contains("AVG(daily.v)", monthly.Sql);
        Assert.Equal("number", monthly.Plan.Columns[1].Type);
        var daily = Compile(new(["gmv_rolling_30d_avg", "gmv_rolling_30d_first"], [], [], Q3, TimeGrain.Day), DuckDbDialect.Instance);
        Assert.DoesNotContain("daily.v", daily.Sql);
        // By day a period is one day: first, average and last are its running total.
        Assert.Equal(2, daily.Plan.Components.Count);
    }

    [Fact]
    public void A_percentile_without_its_fraction_is_refused_at_load()
    {
        var documents = RepositoryDocuments.Repository().Select(d => d.Path == "catalog/models/orders.yaml"
            ? (d.Path, d.Yaml.TrimEnd() + "\n  - { name: p, agg: percentile, expr: pay_amount, type: decimal }\n  - { name: q, agg: sum, expr: pay_amount, type: decimal, percentile: 0.5 }\n")
            : d);
        var result = new MetricAssistant.Catalog.Loading.CatalogLoader().LoadFromText(documents);
        Assert.Null(result.Catalog);
        Assert.Contains(result.Problems, p => p.Message.Contains("measure 'p' of model 'orders' is a percentile without 'percentile'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("measure 'q' of model 'orders' has 'percentile' but its agg is not percentile", StringComparison.Ordinal));
    }
}
