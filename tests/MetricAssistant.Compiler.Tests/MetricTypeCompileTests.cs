using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>What the snapshots do not show on their own: the period-start snapshot, windows reaching before the range, offsets composing with comparisons.</summary>
public sealed class MetricTypeCompileTests
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    private static CompiledQuery Compile(SemanticCatalog catalog, SemanticQuery query, SqlDialect dialect)
    {
        var result = new MetricCompiler(catalog).Compile(query, dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Query;
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void Window_choice_min_takes_each_periods_first_snapshot(string engine)
    {
        SqlDialect dialect = engine == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var path = "catalog/models/store_staff_monthly.yaml";
        var yaml = File.ReadAllText(Path.Combine(TestRepository.Root, path)).Replace("window_choice: max", "window_choice: min");
        var sql = Compile(RepositoryDocuments.With(path, yaml), new(["headcount_end"], [], [], Q3, TimeGrain.Month), dialect).Sql;
        Assert.Contains("MIN(snapshot) OVER (PARTITION BY period) AS first_snapshot", sql);
        Assert.Contains("WHERE snapshot = first_snapshot", sql);
        var max = Compile(TestRepository.Catalog, new(["headcount_end"], [], [], Q3, TimeGrain.Month), dialect).Sql;
        Assert.Contains("MAX(snapshot) OVER (PARTITION BY period) AS last_snapshot", max);
    }

    [Fact]
    public void A_rolling_window_without_a_grain_reads_only_the_window_before_the_range_end()
    {
        var query = Compile(TestRepository.Catalog, new(["gmv_rolling_30d"], [], [], Q3), DuckDbDialect.Instance);
        var dates = query.Parameters.Select(p => p.Value).OfType<DateTime>().Select(DateOnly.FromDateTime).ToArray();
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 1)], dates);
    }

    [Fact]
    public void Month_to_date_without_a_grain_starts_at_the_first_of_the_last_days_month()
    {
        var query = Compile(TestRepository.Catalog, new(["gmv_mtd"], [], [], new(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 15))), DuckDbDialect.Instance);
        var dates = query.Parameters.Select(p => p.Value).OfType<DateTime>().Select(DateOnly.FromDateTime).ToArray();
        Assert.Equal([new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 15)], dates);
    }

    [Fact]
    public void An_offset_input_compared_year_over_year_reads_two_years_back()
    {
        var query = Compile(TestRepository.Catalog, new(["gmv_yoy_growth"], [], [], Q3, null, null, null, Comparison.Yoy), PostgresDialect.Instance);
        var dates = query.Parameters.Select(p => p.Value).OfType<DateTime>().Select(DateOnly.FromDateTime).ToHashSet();
        Assert.Contains(new DateOnly(2023, 7, 1), dates);   // last year's input of last year's value
        Assert.Contains(new DateOnly(2024, 7, 1), dates);
        Assert.Contains(new DateOnly(2025, 7, 1), dates);
    }

    [Fact]
    public void The_same_metric_with_and_without_an_offset_is_two_components()
    {
        var plan = Compile(TestRepository.Catalog, new(["gmv_yoy_growth", "gmv"], [], [], Q3), DuckDbDialect.Instance).Plan;
        Assert.Equal(2, plan.Components.Count);
        Assert.Single(plan.Components, c => c.Offset is null);
        Assert.Single(plan.Components, c => c.Offset == new Plans.PeriodShift(12, 0));
    }
}
