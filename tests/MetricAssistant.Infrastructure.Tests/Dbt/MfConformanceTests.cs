using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Infrastructure.Dbt;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Dbt;

/// <summary>
/// MetricFlow's own integration cases (evals/metricflow, a copy of dbt-labs/metricflow's) through the compiler, on
/// DuckDB and PostgreSQL. The passed count is a floor measured on this corpus: fewer means a regression.
/// </summary>
public sealed class MfConformanceTests
{
    /// <summary>Measured with `eval mf-conformance` on DuckDB and PostgreSQL: 140 passed, 2 failed, 74 unsupported.</summary>
    private const int PassedFloor = 140;

    private static readonly MetricFlowFolders Folders = new(Path.Combine(TestRepository.Root, "evals", "metricflow"));

    [Fact]
    public async Task DuckDb_passes_at_least_the_measured_cases_and_names_every_unsupported_feature()
    {
        await using var engine = new DuckDbMfEngine();
        var report = await MfConformanceRunner.RunAsync(Folders.Cases, Folders.Manifest, Folders.Tables, engine, CancellationToken.None);
        Check(report);
    }

    [SkippableFact]
    public async Task Postgres_passes_at_least_the_measured_cases()
    {
        var server = PostgresServer.Instance;
        Skip.If(server.ConnectionString is null, server.UnavailableReason);
        await using var engine = await PostgresMfEngine.CreateAsync(server.ConnectionString!, CancellationToken.None);
        var report = await MfConformanceRunner.RunAsync(Folders.Cases, Folders.Manifest, Folders.Tables, engine, CancellationToken.None);
        Check(report);
    }

    private static void Check(MfConformanceReport report)
    {
        Assert.Empty(report.Problems);
        Assert.Equal(216, report.Outcomes.Count);
        Assert.True(report.Passed >= PassedFloor, report.ToMarkdown());
        Assert.Matches(new Regex(@"^mf-conformance: \d+ passed, \d+ failed, \d+ unsupported$"), report.SummaryLine);
        Assert.Equal(report.Outcomes.Count, report.Passed + report.Failed + report.Unsupported);
        Assert.All(report.Outcomes.Where(o => o.Verdict == MfVerdict.Unsupported), o => Assert.False(string.IsNullOrEmpty(o.Unsupported?.Feature)));
        // The importer's features are the ones it reported: offsets by a custom grain (alien_day), a sub-daily window, an approximate percentile.
        var features = report.Outcomes.Where(o => o.Unsupported is not null).Select(o => o.Unsupported!.Label).ToHashSet();
        Assert.Contains("importer:derived_offset", features);
        Assert.Contains("importer:cumulative_window", features);
        Assert.Contains("importer:aggregation", features);
        // join_to_timespine and fill_nulls_with are imported (every_period): nothing is unsupported for them any more.
        Assert.DoesNotContain("importer:fill_nulls", features);
        // Rolling windows, grain-to-date, offset_window inputs and NULL for no rows are imported and give MetricFlow's numbers.
        foreach (var name in new[] { "non_additive_cumulative_metric_by_ds", "non_additive_cumulative_metric_by_ds_and_limited_time", "grain_to_date_cumulative_metric",
                     "derived_metric_offset_with_one_metric_input", "derived_metric_offset_with_cumulative_metric", "nested_derived_metric_outer_offset", "time_offset_metric_with_time_constraint",
                     // NULL where a metric has no rows for a key (no_rows: unknown), as MetricFlow without fill_nulls_with.
                     "expr_metric", "ratio", "derived_metric_with_offset_window",
                     // offset_to_grain by day and by week, beside a one-month offset by day (each day reads the day a month before).
                     "derived_metric_with_offset_to_grain", "derived_metric_with_offset_to_grain_and_granularity", "derived_metric_with_offset_window_and_offset_to_grain",
                     // A 5-day offset by month: each day moves 5 days, then falls into its month.
                     "derived_metric_offset_window_and_granularity",
                     // join_to_timespine: every day or week of the time spine, 0 with fill_nulls_with: 0, else NULL; beside another metric, in a
                     // running total, under an offset, and with a filter on a grouped dimension (the filled periods drop out, as in MetricFlow).
                     "simple_fill_nulls_with_0_metric_time", "simple_fill_nulls_with_0_month", "simple_join_to_time_spine", "cumulative_fill_nulls",
                     "derived_fill_nulls_for_one_input_metric", "fill_nulls_with_0_multi_metric_query", "fill_nulls_with_0_multi_metric_query_with_nesting",
                     "simple_join_to_time_spine_with_filter", "simple_join_to_time_spine_with_queried_filter", "join_to_time_spine_with_queried_time_constraint",
                     // median, continuous and discrete percentiles, sum_boolean.
                     "median_agg", "continuous_percentile_agg", "discrete_percentile_agg", "boolean_agg",
                     // A rolling window with period_agg: average, by day (the cumulative metric cases on trailing_2_months_revenue).
                     "windowed_cumulative_metric", "multiple_cumulative_metrics",
                     // Query shapes: entities, date parts (of an offset input's moved rows too), a second grain of metric time, lists of values, metric_time bounds in where.
                     "groupby_local_identifier", "groupby_local_identifier_and_remote_dimension", "simple_query_with_date_part", "simple_query_with_multiple_date_parts",
                     "derived_metric_offset_window_and_date_part", "offset_metric_with_agg_time_dim_date_part", "derived_metric_with_window_and_multiple_granularities",
                     "query_dimension_only", "query_dimension_only_with_constraint", "query_dimensions_only", "test_metric_time_in_where", "test_metric_time_in_dimension_jinja" })
            Assert.Equal(MfVerdict.Passed, report.Outcomes.Single(o => o.Case.Name == name).Verdict);
        var markdown = report.ToMarkdown();
        foreach (var file in Directory.GetFiles(Folders.Cases, "itest_*.yaml")) Assert.Contains($"| {Path.GetFileName(file)} |", markdown);
        // The two failures are MetricFlow behaviours its maintainers call bugs (README): a one-month offset summed by
        // year counts 29 February three times (dbt-labs/metricflow#1758); a cumulative offset input constrained to the
        // range before it is offset (fixed upstream in dbt-labs/metricflow#1544). Nothing else fails.
        Assert.Equal(["cumulative_time_offset_metric_with_time_constraint", "derived_metric_with_offset_window_and_offset_to_grain_and_granularity"],
            report.Outcomes.Where(o => o.Verdict == MfVerdict.Failed).Select(o => o.Case.Name).Order(StringComparer.Ordinal));
        // The simple cases pass whole: the baseline of the corpus.
        Assert.All(report.Outcomes.Where(o => o.Case.File == "itest_simple.yaml"), o => Assert.Equal(MfVerdict.Passed, o.Verdict));
    }

    /// <summary>MetricFlow's conversion cases (itest_conversion_metric.yaml of the same commit, kept apart from the 16 files above).</summary>
    private static string ConversionCases => Path.Combine(TestRepository.Root, "evals", "metricflow", "conversion_cases");

    [Fact]
    public async Task DuckDb_passes_the_conversion_cases()
    {
        await using var engine = new DuckDbMfEngine();
        CheckConversion(await MfConformanceRunner.RunAsync(ConversionCases, Folders.Manifest, Folders.Tables, engine, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Postgres_passes_the_conversion_cases()
    {
        var server = PostgresServer.Instance;
        Skip.If(server.ConnectionString is null, server.UnavailableReason);
        await using var engine = await PostgresMfEngine.CreateAsync(server.ConnectionString!, CancellationToken.None);
        CheckConversion(await MfConformanceRunner.RunAsync(ConversionCases, Folders.Manifest, Folders.Tables, engine, CancellationToken.None));
    }

    /// <summary>
    /// Every case passes but one whose check query leaves a tie to the engine: user u0003452 has two visits on
    /// 2020-01-02 (fb_ad_1, user_2) before one buy, and MetricFlow's FIRST_VALUE picks either (DuckDB fb_ad_1,
    /// PostgreSQL user_2). The compiler takes the smallest group on both engines, so that case agrees with DuckDB only.
    /// </summary>
    private static void CheckConversion(MfConformanceReport report)
    {
        Assert.Empty(report.Problems);
        Assert.Equal(6, report.Outcomes.Count);
        Assert.All(report.Outcomes.Where(o => o.Case.Name != "conversion_rate_metric_with_dimension"), o => Assert.True(o.Verdict == MfVerdict.Passed, report.ToMarkdown()));
    }

    [Fact]
    public async Task A_folder_of_cases_of_the_same_shape_runs_too()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "itest_mine.yaml"), """
            ---
            integration_test:
              name: instant_bookings_by_month_in_2020
              description: mine
              model: SIMPLE_MODEL
              metrics: ["booking_value"]
              group_bys: ["metric_time__month", "booking__is_instant"]
              where_filter: "{{ render_dimension_template('is_instant', entity_path=['booking']) }}"
              time_constraint: ["2020-01-01", "2020-12-31"]
              check_query: |
                SELECT SUM(booking_value) AS booking_value, {{ render_date_trunc("ds", TimeGranularity.MONTH) }} AS metric_time__month, is_instant AS booking__is_instant
                FROM {{ source_schema }}.fct_bookings
                WHERE is_instant AND {{ render_time_constraint("ds", "2020-01-01", "2020-12-31") }}
                GROUP BY 2, 3
            ---
            integration_test:
              name: wrong_on_purpose
              description: the check query sums another column, so this must fail
              model: SIMPLE_MODEL
              metrics: ["booking_value"]
              group_bys: []
              check_query: |
                SELECT SUM(booking_value) + 1 AS booking_value FROM {{ source_schema }}.fct_bookings
            """);
        await using var engine = new DuckDbMfEngine();
        var report = await MfConformanceRunner.RunAsync(folder.Path, Folders.Manifest, Folders.Tables, engine, CancellationToken.None);
        Assert.Equal("mf-conformance: 1 passed, 1 failed, 0 unsupported", report.SummaryLine);
        Assert.Equal(MfVerdict.Failed, report.Outcomes.Single(o => o.Case.Name == "wrong_on_purpose").Verdict);
    }
}
