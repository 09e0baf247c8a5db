using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// A derived input read at the start of a grain (MetricFlow's offset_to_grain) and offsets that are not whole periods
/// of the query's grain, per dialect, against reviewed snapshots (UPDATE_SNAPSHOTS=1 rewrites them).
/// </summary>
public sealed class OffsetToGrainCompileTests
{
    public static readonly Dictionary<string, (string Yaml, SemanticQuery Query)> Cases = new()
    {
        ["gmv_since_month_start_by_day_and_region"] = (OffsetMetricDocuments.SinceMonthStart, new(["gmv_yoy_growth"], ["region"], [], new(new DateOnly(2025, 6, 25), new DateOnly(2025, 7, 6)), TimeGrain.Day)),
        ["gmv_since_month_start_by_week"] = (OffsetMetricDocuments.SinceMonthStart, new(["gmv_yoy_growth"], [], [], new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1)), TimeGrain.Week)),
        ["gmv_month_ago_by_day"] = (OffsetMetricDocuments.MonthBack, new(["gmv_yoy_growth"], [], [], new(new DateOnly(2025, 3, 25), new DateOnly(2025, 4, 3)), TimeGrain.Day)),
    };

    public static IEnumerable<object[]> CaseNames() =>
        Cases.Keys.SelectMany(name => new[] { new object[] { name, "duckdb" }, new object[] { name, "postgres" } });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Sql_matches_the_reviewed_snapshot(string name, string dialectName)
    {
        SqlDialect dialect = dialectName == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var (yaml, query) = Cases[name];
        var result = new MetricCompiler(OffsetMetricDocuments.Catalog(yaml)).Compile(query, dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        SqlSnapshot.AssertMatches(result.Query!, $"{name}.{dialectName}");
    }

    [Fact]
    public void The_input_is_read_by_day_on_the_first_days_of_the_months_the_periods_start_in()
    {
        var (yaml, query) = Cases["gmv_since_month_start_by_day_and_region"];
        var compiled = new MetricCompiler(OffsetMetricDocuments.Catalog(yaml)).Compile(query, DuckDbDialect.Instance).Query!;
        var dates = compiled.Parameters.Select(p => p.Value).OfType<DateTime>().Select(DateOnly.FromDateTime).ToHashSet();
        // June's and July's first days, the only days read for the offset input (the range starts on 25 June).
        Assert.Contains(new DateOnly(2025, 6, 1), dates);
        Assert.Contains(new DateOnly(2025, 7, 2), dates);
        Assert.Contains("AS anchor", compiled.Sql);
    }

    [Fact]
    public void Without_a_grain_it_asks_for_one()
    {
        var result = new MetricCompiler(OffsetMetricDocuments.Catalog(OffsetMetricDocuments.SinceMonthStart)).Compile(new(["gmv_yoy_growth"], [], [], new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1))), DuckDbDialect.Instance);
        Assert.False(result.Succeeded);
        Assert.Equal("grain_required", result.Error.Code);
        Assert.Contains("month", result.Error.Message);
    }

    [Fact]
    public void An_input_with_both_offsets_is_refused_at_its_line()
    {
        var yaml = OffsetMetricDocuments.SinceMonthStart.Replace("offset_to_grain: month }", "offset_to_grain: month, offset_window: 1 year }");
        var result = new MetricAssistant.Catalog.Loading.CatalogLoader().LoadFromText(RepositoryDocuments.Repository().Select(d => d.Path == OffsetMetricDocuments.MetricPath ? (d.Path, yaml) : d));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.File == OffsetMetricDocuments.MetricPath && p.Message.Contains("both 'offset_window' and 'offset_to_grain'", StringComparison.Ordinal));
    }

}
