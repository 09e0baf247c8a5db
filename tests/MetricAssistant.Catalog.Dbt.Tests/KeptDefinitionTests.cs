using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Loading;

namespace MetricAssistant.Catalog.Dbt.Tests;

/// <summary>A project configuration with a time spine, and a saved query, are kept as written, reported, and come back through export-dbt.</summary>
public sealed class KeptDefinitionTests
{
    private const string Project = """
        semantic_models:
          - name: orders
            node_relation: { alias: orders, schema_name: main }
            defaults: { agg_time_dimension: ds }
            entities: [{ name: order, type: primary, expr: order_id }]
            dimensions: [{ name: ds, type: time, type_params: { time_granularity: day } }]
            measures: [{ name: order_count, agg: count, expr: order_id }]
        metrics:
          - { name: orders, type: simple, type_params: { measure: order_count } }
        saved_queries:
          - name: daily_orders
            query_params: { metrics: [orders], group_by: ["TimeDimension('metric_time', 'day')"] }
        """;

    private const string Configuration = """
        project_configuration:
          time_spine_table_configurations:
            - { location: main.mf_time_spine, column_name: ds, grain: day }
        """;

    [Fact]
    public void The_time_spine_and_a_saved_query_are_kept_reported_and_exported_back()
    {
        var project = DbtProjectReader.ReadText([("models/semantic.yml", Project), ("project_configuration.yml", Configuration)]);
        var import = new DbtImporter().Import(project);
        var spine = Assert.Single(import.Issues, i => i.Feature == DbtFeature.TimeSpine);
        Assert.False(spine.Dropped);
        Assert.Equal(("project_configuration.yml", 2), (spine.File, spine.Line));
        Assert.Contains("main.mf_time_spine.ds by day", spine.Reason);
        var saved = Assert.Single(import.Issues, i => i.Feature == DbtFeature.SavedQuery);
        Assert.Contains("(orders) are in the catalog", saved.Reason);
        Assert.Contains(import.Files, f => f.Path == "dbt/project_configuration.yaml" && f.Text.Contains("time_spine_table_configurations", StringComparison.Ordinal));
        Assert.Contains(import.Files, f => f.Path == "dbt/saved_queries/daily_orders.yaml");
        // The kept documents are no catalog definitions: the catalog loads with them in the folder.
        Assert.True(new CatalogLoader().LoadFromText(import.Files.Select(f => ($"catalog/{f.Path}", f.Text))).Succeeded);

        using var catalog = new MetricAssistant.Tests.Shared.TempDirectory();
        import.WriteTo(catalog.Path);
        var (export, problems) = new DbtExporter().Export(catalog.Path);
        Assert.Empty(problems);
        Assert.Contains(export!.Files, f => f.Path == "models/semantic/project_configuration.yaml");
        var again = new DbtImporter().Import(DbtProjectReader.ReadText(export.Files));
        Assert.Equal(import.Files.Where(f => f.Path.StartsWith("dbt/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal),
            again.Files.Where(f => f.Path.StartsWith("dbt/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal));
    }
}
