using MetricAssistant.Catalog.Dbt.Import;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Catalog.Loading;
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
        Assert.True(result.Imported.Metrics >= 44, result.Summary);
        Assert.Equal(12, result.Imported.SemanticModels);

        var imported = result.Files.Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)).Select(f => f.Path[8..^5]).ToHashSet();
        var metricNames = Reading.DbtProjectReader.Read(Folders.Manifest).Metrics.Select(m => m.String("name")!).ToList();
        foreach (var name in metricNames)
            Assert.True(imported.Contains(name) || result.Issues.Any(i => i.Dropped && i.Definition == $"metric '{name}'"), $"metric '{name}' vanished");
        Assert.Equal(metricNames.Count, imported.Count + result.UnsupportedMetrics.Count);
        Assert.All(result.Issues, i => Assert.True(i.Line > 0 && i.File.Length > 0 && i.Reason.Length > 0, i.ToString()));
        foreach (var saved in new[] { "p0_booking", "dimensions_only" })
            Assert.Contains(result.Issues, i => i.Feature == DbtFeature.SavedQuery && i.Definition.Contains(saved, StringComparison.Ordinal));
        Assert.Equal(DbtFeature.ConversionMetric, result.UnsupportedMetrics["visit_buy_conversion_rate"]);
        Assert.Equal(DbtFeature.CumulativeWindow, result.UnsupportedMetrics["trailing_2_months_revenue"]);
        Assert.Equal(DbtFeature.DerivedOffset, result.UnsupportedMetrics["bookings_growth_2_weeks"]);
        Assert.Equal(DbtFeature.NonAdditiveDimension, result.UnsupportedMetrics["total_account_balance_first_day"]);
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
