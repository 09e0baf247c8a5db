using MetricAssistant.Catalog.Dbt.Import;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using Xunit.Abstractions;

namespace MetricAssistant.Catalog.Dbt.Tests;

/// <summary>MetricFlow's reference manifest (evals/metricflow, a copy of dbt-labs/metricflow's simple_manifest) imported into a catalog.</summary>
public sealed class ManifestImportTests(ITestOutputHelper output)
{
    private static readonly MetricFlowFolders Folders = new(Path.Combine(TestRepository.Root, "evals", "metricflow"));

    internal static DbtImportResult ImportManifest()
    {
        var (tables, _) = TableSnapshotReader.ReadFolder(Folders.Tables);
        return new DbtImporter(new DbtImportOptions(TableSnapshotReader.TypesOf(tables))).Import(Folders.Manifest);
    }

    [Fact]
    public void Manifest_imports_into_a_catalog_that_loads()
    {
        var result = ImportManifest();
        output.WriteLine(result.Summary);
        foreach (var issue in result.Issues) output.WriteLine(issue.ToString());
        var loaded = new CatalogLoader().LoadFromText(result.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
    }

    [Fact]
    public void Every_definition_is_imported_or_reported_with_file_line_and_feature()
    {
        var result = ImportManifest();
        Assert.Equal(12, result.Read.SemanticModels);
        Assert.Equal(110, result.Read.Metrics);
        Assert.Equal(5, result.Read.SavedQueries);
        // Floors measured on this corpus: a change that imports less fails here.
        Assert.True(result.Imported.Metrics >= 93, result.Summary);
        Assert.Equal(12, result.Imported.SemanticModels);

        var imported = result.Files.Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)).Select(f => f.Path[8..^5]).ToHashSet();
        var metricNames = Reading.DbtProjectReader.Read(Folders.Manifest).Metrics.Select(m => m.String("name")!).ToList();
        foreach (var name in metricNames)
            Assert.True(imported.Contains(name) || result.Issues.Any(i => i.Dropped && i.Definition == $"metric '{name}'"), $"metric '{name}' vanished");
        Assert.Equal(metricNames.Count, imported.Count + result.UnsupportedMetrics.Count);
        Assert.All(result.Issues, i => Assert.True(i.Line > 0 && i.File.Length > 0 && i.Reason.Length > 0, i.ToString()));
        // Saved queries are kept as written in the catalog folder (for export-dbt) and reported with whether their metrics came in.
        foreach (var saved in new[] { "p0_booking", "dimensions_only" })
        {
            Assert.Contains(result.Issues, i => i.Feature == DbtFeature.SavedQuery && !i.Dropped && i.Definition.Contains(saved, StringComparison.Ordinal));
            Assert.Contains(result.Files, f => f.Path == $"dbt/saved_queries/{saved}.yaml" && f.Text.Contains($"name: {saved}", StringComparison.Ordinal));
        }
        Assert.Contains(result.Issues, i => i.Definition == "saved query 'p0_booking_with_order_by_and_limit'" && i.Reason.Contains("are in the catalog", StringComparison.Ordinal));
        // instant_bookings (a sum_boolean) is imported now, so p0_booking's metrics are all in the catalog.
        Assert.Contains(result.Issues, i => i.Definition == "saved query 'p0_booking'" && i.Reason.Contains("its metrics (bookings, instant_bookings) are in the catalog", StringComparison.Ordinal));
        // Conversion metrics are imported; the two with what the catalog cannot say are reported with it.
        foreach (var name in new[] { "visit_buy_conversion_rate", "visit_buy_conversion_rate_7days", "visit_buy_conversions", "visit_buy_conversion_rate_by_session", "visit_buy_conversion_rate_with_monthly_conversion" })
            Assert.Contains(name, imported);
        Assert.Contains("visit_buy_conversion_rate_7days_fill_nulls_with_0", imported);
        Assert.Equal(DbtFeature.FilterExpression, result.UnsupportedMetrics["visit_buy_conversion_rate_with_filter"]);
        // What is left of the time features: offsets by custom or sub-daily units, sub-daily windows, window_groupings.
        Assert.Contains("trailing_2_months_revenue", imported);
        Assert.Equal(DbtFeature.DerivedOffset, result.UnsupportedMetrics["bookings_offset_alien_day"]);
        Assert.Equal(DbtFeature.DerivedOffset, result.UnsupportedMetrics["subdaily_offset_grain_to_date_metric"]);
        foreach (var name in new[] { "bookings_all_time_at_start_of_month", "bookings_growth_since_start_of_month", "bookings_month_start_compared_to_1_month_prior", "booking_fees_since_start_of_month" })
            Assert.Contains(name, imported);
        Assert.Equal(DbtFeature.CumulativeWindow, result.UnsupportedMetrics["subdaily_cumulative_window_metric"]);
        Assert.Equal(DbtFeature.NonAdditiveDimension, result.UnsupportedMetrics["current_account_balance_by_user"]);
        Assert.Contains(result.Issues, i => i.Feature == DbtFeature.DerivedOffset && i.Reason.Contains("offset_to_grain", StringComparison.Ordinal));
        // A filter on a ratio metric itself is reported, never dropped.
        Assert.Equal(DbtFeature.FilterExpression, result.UnsupportedMetrics["popular_listing_bookings_per_booker"]);
    }

    [Fact]
    public void A_conversion_metric_becomes_the_catalogs_conversion_with_its_entity_window_and_constant_property()
    {
        var loaded = new CatalogLoader().LoadFromText(ImportManifest().Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var calculation = loaded.Catalog!.FindMetric("visit_buy_conversion_rate_by_session")!.Calculation;
        Assert.Equal(MetricType.Conversion, calculation.Type);
        var conversion = calculation.Conversion!;
        Assert.Equal(ConversionCalculation.ConversionRate, conversion.Calculation);
        Assert.Equal(new CalendarWindow(7, TimeGrain.Day), conversion.Window);
        Assert.Equal("user_id", conversion.BaseEntity.ToString());
        Assert.Equal("session_id", Assert.Single(conversion.ConstantProperties).Conversion.ToString());
        Assert.Equal(["visits_source", "buys_source"], calculation.Inputs.Select(i => i.Inline!.Model));
        var count = loaded.Catalog.FindMetric("visit_buy_conversions")!.Calculation;
        Assert.Equal(ConversionCalculation.Conversions, count.Conversion!.Calculation);
        // fill_nulls_with: 0 on the conversion measure is the catalog's default (0); the base measure without it shows no value.
        Assert.Equal(NoRowsValue.Zero, count.Inputs.Single(i => i.Name == "conversion").Inline!.NoRows);
        Assert.Null(loaded.Catalog.FindMetric("visit_buy_conversion_rate")!.Calculation.Conversion!.Window);
    }

    [Fact]
    public void Windows_grain_to_date_offsets_snapshots_and_nulls_become_the_catalogs_own_fields()
    {
        var result = ImportManifest();
        var loaded = new CatalogLoader().LoadFromText(result.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var catalog = loaded.Catalog!;

        Assert.Equal(new CalendarWindow(2, TimeGrain.Day), catalog.FindMetric("every_two_days_bookers")!.Calculation.Window);
        var mtd = catalog.FindMetric("revenue_mtd")!.Calculation;
        Assert.Equal(MetricType.Cumulative, mtd.Type);
        Assert.Equal(TimeGrain.Month, mtd.GrainToDate);
        Assert.Null(mtd.Window);
        Assert.Null(catalog.FindMetric("revenue_all_time")!.Calculation.Window);

        var growth = catalog.FindMetric("bookings_growth_2_weeks")!.Calculation;
        Assert.Equal(MetricType.Derived, growth.Type);
        Assert.Equal([null, new CalendarWindow(14, TimeGrain.Day)], growth.Inputs.Select(i => i.OffsetWindow));
        Assert.All(growth.Inputs, i => Assert.Equal("bookings", i.MetricId));
        var sinceMonthStart = catalog.FindMetric("bookings_growth_since_start_of_month")!.Calculation;
        Assert.Equal([null, TimeGrain.Month], sinceMonthStart.Inputs.Select(i => i.OffsetToGrain));

        // MetricFlow's sum of no rows is NULL unless fill_nulls_with: 0, which is the catalog's default.
        Assert.Equal(NoRowsValue.Unknown, catalog.FindMetric("bookings")!.Calculation.Simple!.NoRows);
        Assert.Equal(NoRowsValue.Zero, catalog.FindMetric("bookings_fill_nulls_with_0_without_time_spine")!.Calculation.Simple!.NoRows);
        // join_to_timespine is every_period: a row for every period of the range, 0 with fill_nulls_with: 0, else unknown.
        var spine = catalog.FindMetric("bookings_join_to_time_spine")!.Calculation.Simple!;
        Assert.Equal((true, NoRowsValue.Unknown), (spine.EveryPeriod, spine.NoRows));
        var filled = catalog.FindMetric("bookings_fill_nulls_with_0")!.Calculation.Simple!;
        Assert.Equal((true, NoRowsValue.Zero), (filled.EveryPeriod, filled.NoRows));
        Assert.False(catalog.FindMetric("bookings_fill_nulls_with_0_without_time_spine")!.Calculation.Simple!.EveryPeriod);
        var cumulativeFilled = catalog.FindMetric("every_two_days_bookers_fill_nulls_with_0")!.Calculation;
        Assert.Equal((MetricType.Cumulative, true), (cumulativeFilled.Type, cumulativeFilled.Simple!.EveryPeriod));
        Assert.All(catalog.FindMetric("visit_buy_conversion_rate_7days_fill_nulls_with_0")!.Calculation.Inputs, i => Assert.True(i.Inline!.EveryPeriod));
        // A cumulative's period_agg: the average of a period's days (first likewise); last is the default.
        Assert.Equal(CumulativePeriodValue.Average, catalog.FindMetric("trailing_2_months_revenue")!.Calculation.PeriodAgg);
        Assert.Equal(CumulativePeriodValue.Last, catalog.FindMetric("revenue_all_time")!.Calculation.PeriodAgg);

        var accounts = catalog.FindModel("accounts_source")!;
        var firstDay = accounts.FindMeasure("total_account_balance_first_day")!.SemiAdditive!;
        Assert.Equal(("ds", WindowChoice.Min), (firstDay.TimeDimension, firstDay.Choice));
        Assert.Null(accounts.FindMeasure("current_account_balance_by_user"));
        Assert.Contains(result.Issues, i => i.Feature == DbtFeature.NonAdditiveDimension && i.Reason.Contains("window_groupings", StringComparison.Ordinal));
    }

    [Fact]
    public void Median_percentile_and_sum_boolean_become_the_catalogs_aggregations_and_an_approximate_percentile_is_reported()
    {
        var result = ImportManifest();
        var loaded = new CatalogLoader().LoadFromText(result.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var bookings = loaded.Catalog!.FindModel("bookings_source")!;
        Assert.Equal(Aggregation.Median, bookings.FindMeasure("median_booking_value")!.Aggregation);
        var p99 = bookings.FindMeasure("booking_value_p99")!;
        Assert.Equal((Aggregation.Percentile, new PercentileOptions(0.99m, false)), (p99.Aggregation, p99.Percentile));
        Assert.Equal(new PercentileOptions(0.99m, true), bookings.FindMeasure("discrete_booking_value_p99")!.Percentile);
        var instant = bookings.FindMeasure("instant_bookings")!;
        Assert.Equal((Aggregation.SumBoolean, ColumnType.Integer), (instant.Aggregation, instant.ResultType));
        // The compiler computes percentiles exactly (PostgreSQL has no approximate one): an approximate percentile is reported where it stands.
        foreach (var name in new[] { "approximate_continuous_booking_value_p99", "approximate_discrete_booking_value_p99" })
        {
            Assert.Null(bookings.FindMeasure(name));
            Assert.Contains(result.Issues, i => i.Feature == DbtFeature.Aggregation && i.Dropped && i.Definition.StartsWith($"measure '{name}'", StringComparison.Ordinal)
                && i.Reason.Contains("use_approximate_percentile", StringComparison.Ordinal) && i.Line > 0);
        }
        Assert.Equal(MetricType.Simple, loaded.Catalog.FindMetric("instant_bookings")!.Calculation.Type);
        Assert.Equal(MetricType.Simple, loaded.Catalog.FindMetric("median_booking_value")!.Calculation.Type);
    }

    [Fact]
    public void A_simple_metric_with_a_dimension_filter_keeps_it_as_a_column_filter()
    {
        var result = ImportManifest();
        var loaded = new CatalogLoader().LoadFromText(result.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        var lux = loaded.Catalog!.FindMetric("lux_listings")!;
        var filter = Assert.Single(lux.Calculation.Simple!.Filters);
        Assert.Equal("is_lux", filter.Column.ToString());
        Assert.Equal(["true"], filter.Values);
    }
}
