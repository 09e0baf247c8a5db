using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>What the conversion snapshots do not show: constant properties, an open window, and a window asked of a metric without one.</summary>
public sealed class ConversionCompileTests
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));
    private const string RatePath = "catalog/metrics/appointment_purchase_rate.yaml";

    [Fact]
    public void A_window_asked_of_a_metric_that_is_not_a_conversion_is_refused_with_the_conversion_metrics()
    {
        var result = new MetricCompiler(TestRepository.Catalog).Compile(new(["gmv"], [], [], Q3, ConversionWindow: new CalendarWindow(14, TimeGrain.Day)), DuckDbDialect.Instance);
        Assert.False(result.Succeeded);
        Assert.Equal("conversion_window_not_applicable", result.Error!.Code);
        Assert.Contains("appointment_purchase_rate", result.Error.Suggestions);
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void Constant_properties_join_on_both_columns_and_no_window_means_any_time_after(string engine)
    {
        SqlDialect dialect = engine == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var yaml = File.ReadAllText(Path.Combine(TestRepository.Root, RatePath))
            .Replace("window: 7 days\n", "constant_properties:\n  - { base: store_id, conversion: store_id }\n");
        var result = new MetricCompiler(RepositoryDocuments.With(RatePath, yaml)).Compile(new(["appointment_purchase_rate"], [], [], Q3), dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        var sql = result.Query!.Sql;
        Assert.Contains("AND b.cp0 = e.cp0", sql);
        Assert.DoesNotContain("INTERVAL", sql);
        // The rate divides by the base events' own component: the distinct customers with an appointment.
        Assert.Contains("/ NULLIF(COALESCE(c1.v, 0), 0)", sql);
    }

    [Fact]
    public void The_query_window_wins_over_the_metrics_default()
    {
        var sql = new MetricCompiler(TestRepository.Catalog).Compile(new(["appointment_purchase_rate"], [], [], Q3, ConversionWindow: new CalendarWindow(2, TimeGrain.Week)), DuckDbDialect.Instance).Query!.Sql;
        Assert.Contains("INTERVAL '14 days'", sql);
        Assert.DoesNotContain("INTERVAL '7 days'", sql);
    }
}
