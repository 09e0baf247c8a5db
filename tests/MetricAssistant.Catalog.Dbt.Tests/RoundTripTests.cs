using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using YamlDotNet.RepresentationModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Catalog.Dbt.Tests;

/// <summary>Catalog → dbt → catalog and dbt → catalog → dbt → catalog lose nothing; an edit on the dbt side wins.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void The_demo_catalog_comes_back_unchanged_through_dbt()
    {
        using var dbt = new TempDirectory();
        using var back = new TempDirectory();
        var original = Path.Combine(TestRepository.Root, "catalog");
        var (export, problems) = new DbtExporter().Export(original);
        Assert.Empty(problems);
        export!.WriteTo(dbt.Path);
        Assert.True(File.Exists(Path.Combine(dbt.Path, "models", "semantic", "metrics.yml")));

        var import = new DbtImporter().Import(dbt.Path);
        Assert.DoesNotContain(import.Issues, i => i.Dropped);
        import.WriteTo(back.Path);

        var before = YamlTrees.Folder(original);
        var after = YamlTrees.Folder(back.Path);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in before)
            Assert.True(YamlTrees.Difference(YamlTrees.Parse(text), YamlTrees.Parse(after[path])) is null,
                $"{path}: {YamlTrees.Difference(YamlTrees.Parse(text), YamlTrees.Parse(after[path]))}");
        Assert.True(new CatalogLoader().Load(back.Path).Succeeded);
    }

    [Fact]
    public void The_metricflow_manifest_comes_back_unchanged_through_the_catalog_and_dbt()
    {
        var first = ManifestImportTests.ImportManifest();
        using var catalog = new TempDirectory();
        using var dbt = new TempDirectory();
        first.WriteTo(catalog.Path);
        var (export, problems) = new DbtExporter().Export(catalog.Path);
        Assert.Empty(problems);
        export!.WriteTo(dbt.Path);

        var second = new DbtImporter().Import(dbt.Path);
        Assert.DoesNotContain(second.Issues, i => i.Dropped);
        var a = first.Files.ToDictionary(f => f.Path, f => f.Text);
        var b = second.Files.ToDictionary(f => f.Path, f => f.Text);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in a)
            Assert.True(YamlTrees.Difference(YamlTrees.Parse(text), YamlTrees.Parse(b[path])) is null,
                $"{path}: {YamlTrees.Difference(YamlTrees.Parse(text), YamlTrees.Parse(b[path]))}");
        // Saved queries come back where dbt reads them, as written, and again into the catalog folder.
        Assert.Contains("saved_queries:", File.ReadAllText(Path.Combine(dbt.Path, "models", "semantic", "saved_queries", "p0_booking.yaml")));
        Assert.Equal(5, b.Keys.Count(p => p.StartsWith("dbt/saved_queries/", StringComparison.Ordinal)));
        // offset_to_grain is dbt's own field again.
        Assert.Contains("offset_to_grain: month", File.ReadAllText(Path.Combine(dbt.Path, "models", "semantic", "metrics.yml")));
        // Every imported metric is a dbt metric again, under its own name.
        var metricsYml = File.ReadAllText(Path.Combine(dbt.Path, "models", "semantic", "metrics.yml"));
        foreach (var path in a.Keys.Where(p => p.StartsWith("metrics/", StringComparison.Ordinal)))
            Assert.Contains($"name: {Path.GetFileNameWithoutExtension(path)}\n", metricsYml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_on_the_dbt_side_wins_and_the_catalog_words_stay()
    {
        using var dbt = new TempDirectory();
        var (export, _) = new DbtExporter().Export(Path.Combine(TestRepository.Root, "catalog"));
        export!.WriteTo(dbt.Path);
        var metricsPath = Path.Combine(dbt.Path, "models", "semantic", "metrics.yml");
        var text = File.ReadAllText(metricsPath);
        // discount_amount sums discount_amount; point it at the order amount measure instead, in dbt's own fields only.
        var start = text.IndexOf("- name: discount_amount\n", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var measureAt = text.IndexOf("measure: discount_amount", start, StringComparison.Ordinal);
        File.WriteAllText(metricsPath, text[..measureAt] + "measure: order_amount" + text[(measureAt + "measure: discount_amount".Length)..]);

        var import = new DbtImporter().Import(dbt.Path);
        var loaded = new CatalogLoader().LoadFromText(import.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var metric = loaded.Catalog!.FindMetric("discount_amount")!;
        Assert.Equal("order_amount", metric.Calculation.Simple!.Measure);
        Assert.Equal(TestRepository.Catalog.FindMetric("discount_amount")!.Name, metric.Name);
        Assert.Equal(TestRepository.Catalog.FindMetric("discount_amount")!.Synonyms, metric.Synonyms);
    }

    [Fact]
    public void Windows_offsets_and_snapshots_travel_in_dbts_own_fields()
    {
        using var dbt = new TempDirectory();
        var (export, _) = new DbtExporter().Export(Path.Combine(TestRepository.Root, "catalog"));
        export!.WriteTo(dbt.Path);
        // A changed fingerprint means "edited in dbt": the importer reads these metrics from dbt's own fields, not from meta.
        var metricsPath = Path.Combine(dbt.Path, "models", "semantic", "metrics.yml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(metricsPath)));
        var metrics = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("metrics")];
        foreach (var metric in metrics.Children.Cast<YamlMappingNode>()
                     .Where(m => ((YamlScalarNode)m.Children[new YamlScalarNode("name")]).Value is "gmv_rolling_7d" or "gmv_mtd" or "gmv_ytd" or "gmv_yoy_growth"))
        {
            var meta = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)metric.Children[new YamlScalarNode("config")]).Children[new YamlScalarNode("meta")]).Children[new YamlScalarNode(DbtMeta.Key)];
            meta.Children[new YamlScalarNode(DbtMeta.FingerprintKey)] = new YamlScalarNode("edited");
        }
        using (var writer = new StringWriter())
        {
            stream.Save(writer, assignAnchors: false);
            File.WriteAllText(metricsPath, writer.ToString());
        }
        // The period's last snapshot is dbt's own non_additive_dimension on the measure.
        var staff = File.ReadAllText(Path.Combine(dbt.Path, "models", "semantic", "store_staff_monthly.yml"));
        Assert.Contains("non_additive_dimension:\n      name: month\n      window_choice: max", staff, StringComparison.Ordinal);

        var import = new DbtImporter().Import(dbt.Path);
        var loaded = new CatalogLoader().LoadFromText(import.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var catalog = loaded.Catalog!;
        Assert.Equal(new CalendarWindow(7, TimeGrain.Day), catalog.FindMetric("gmv_rolling_7d")!.Calculation.Window);
        Assert.Equal(TimeGrain.Month, catalog.FindMetric("gmv_mtd")!.Calculation.GrainToDate);
        Assert.Equal(TimeGrain.Year, catalog.FindMetric("gmv_ytd")!.Calculation.GrainToDate);
        Assert.Null(catalog.FindMetric("gmv_mtd")!.Calculation.Window);
        var growth = catalog.FindMetric("gmv_yoy_growth")!.Calculation;
        Assert.Equal(new CalendarWindow(1, TimeGrain.Year), growth.Inputs.Single(i => i.Name == "gmv_last_year").OffsetWindow);
        Assert.Null(growth.Inputs.Single(i => i.Name == "gmv").OffsetWindow);
        Assert.DoesNotContain(import.Issues, i => i.Feature is DbtFeature.CumulativeWindow or DbtFeature.CumulativeGrainToDate or DbtFeature.DerivedOffset);
    }

    [Fact]
    public void Every_period_percentiles_sum_boolean_and_period_agg_come_back_and_travel_in_dbts_own_fields()
    {
        using var source = new TempDirectory();
        using var dbt = new TempDirectory();
        using var back = new TempDirectory();
        var catalog = MetricFlowFeatureDocuments.Documents();
        foreach (var (path, yaml) in catalog)
        {
            var file = Path.Combine(source.Path, path["catalog/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, yaml);
        }
        var (export, problems) = new DbtExporter().Export(source.Path);
        Assert.Empty(problems);
        export!.WriteTo(dbt.Path);
        // The measures in dbt's own words: agg, agg_params.
        var orders = File.ReadAllText(Path.Combine(dbt.Path, "models", "semantic", "orders.yml"));
        Assert.Contains("agg: median", orders, StringComparison.Ordinal);
        Assert.Contains("agg: percentile\n    expr: pay_amount\n    agg_time_dimension: paid_time\n    agg_params:\n      percentile: 0.9\n      use_discrete_percentile: true", orders, StringComparison.Ordinal);
        Assert.Contains("agg: sum_boolean", orders, StringComparison.Ordinal);

        // Unedited, everything comes back as it was.
        var unchanged = new DbtImporter().Import(dbt.Path);
        Assert.DoesNotContain(unchanged.Issues, i => i.Dropped);
        unchanged.WriteTo(back.Path);
        var after = YamlTrees.Folder(back.Path);
        foreach (var (path, text) in catalog)
            Assert.True(YamlTrees.Difference(YamlTrees.Parse(text), YamlTrees.Parse(after[path["catalog/".Length..]])) is null, path);

        // Edited on the dbt side (a changed fingerprint), the metrics are read from dbt's own fields: join_to_timespine, fill_nulls_with, period_agg.
        var metricsPath = Path.Combine(dbt.Path, "models", "semantic", "metrics.yml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(metricsPath)));
        var metrics = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("metrics")];
        var names = MetricFlowFeatureDocuments.Metrics.Select(m => Path.GetFileNameWithoutExtension(m.Path)).ToHashSet();
        foreach (var metric in metrics.Children.Cast<YamlMappingNode>().Where(m => names.Contains(((YamlScalarNode)m.Children[new YamlScalarNode("name")]).Value!)))
        {
            var meta = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)metric.Children[new YamlScalarNode("config")]).Children[new YamlScalarNode("meta")]).Children[new YamlScalarNode(DbtMeta.Key)];
            meta.Children[new YamlScalarNode(DbtMeta.FingerprintKey)] = new YamlScalarNode("edited");
        }
        using (var writer = new StringWriter())
        {
            stream.Save(writer, assignAnchors: false);
            File.WriteAllText(metricsPath, writer.ToString());
        }
        var import = new DbtImporter().Import(dbt.Path);
        var loaded = new CatalogLoader().LoadFromText(import.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var edited = loaded.Catalog!;
        var everyDay = edited.FindMetric("gmv_every_day")!.Calculation.Simple!;
        Assert.Equal((true, NoRowsValue.Zero), (everyDay.EveryPeriod, everyDay.NoRows));
        var unknown = edited.FindMetric("gmv_every_day_unknown")!.Calculation.Simple!;
        Assert.Equal((true, NoRowsValue.Unknown), (unknown.EveryPeriod, unknown.NoRows));
        Assert.Equal(CumulativePeriodValue.Average, edited.FindMetric("gmv_rolling_30d_avg")!.Calculation.PeriodAgg);
        Assert.Equal(CumulativePeriodValue.First, edited.FindMetric("gmv_rolling_30d_first")!.Calculation.PeriodAgg);
        Assert.Equal("pay_p90", edited.FindMetric("p90_payment")!.Calculation.Simple!.Measure);
        Assert.Equal(new PercentileOptions(0.9m, true), edited.FindModel("orders")!.FindMeasure("pay_p90")!.Percentile);
    }
}
