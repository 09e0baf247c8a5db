using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>Builds a metric's <see cref="MetricLineageReport"/> from the catalog: its reach, its columns and the lineage blocks.</summary>
public static class MetricLineageBuilder
{
    public const string FactRole = "fact";
    public const string JoinedRole = "joined";

    public static MetricLineageReport Build(SemanticCatalog catalog, MetricDefinition metric) => Build(catalog, metric, []);

    private static MetricLineageReport Build(SemanticCatalog catalog, MetricDefinition metric, HashSet<string> path)
    {
        path.Add(metric.Id);
        var reach = catalog.Reach.For(metric);
        var inputs = metric.Calculation.Inputs
            .Where(i => i.MetricId is { } id && !path.Contains(id) && catalog.FindMetric(id) is not null)
            .Select(i => new LineageInput(i.Name, Build(catalog, catalog.FindMetric(i.MetricId!)!, path)))
            .ToArray();
        path.Remove(metric.Id);

        // Its own columns first, then those of the metrics it is built from, each once.
        var columns = MetricColumns.Of(catalog, metric).Concat(inputs.SelectMany(i => i.Metric.Columns)).Distinct().ToArray();
        var facts = reach.Models.Select(m => m.Id).ToArray();
        var joined = columns.Select(c => c.Model).Where(m => !facts.Contains(m)).Distinct(StringComparer.Ordinal);
        var models = facts.Select(id => Model(catalog, id, FactRole)).Concat(joined.Select(id => Model(catalog, id, JoinedRole))).OfType<LineageModel>().ToArray();

        var blocks = new[] { metric.Lineage }.Concat(inputs.Select(i => i.Metric.Lineage)).OfType<MetricLineage>().ToArray();
        var upstream = blocks.SelectMany(b => b.UpstreamTables).Concat(models.SelectMany(m => m.UpstreamTables))
            .Concat(inputs.SelectMany(i => i.Metric.UpstreamTables));
        var jobs = blocks.Select(b => b.Job).Concat(models.Select(m => m.Job)).Concat(inputs.SelectMany(i => i.Metric.Jobs));
        var systems = blocks.Select(b => b.SourceSystem).Concat(models.Select(m => m.SourceSystem)).Concat(inputs.SelectMany(i => i.Metric.SourceSystems));
        return new MetricLineageReport(
            metric.Id, metric.Name, metric.Calculation.Type.ToString().ToLowerInvariant(), metric.Version, MetricStatusName.Of(metric.Status), metric.Owner,
            models, columns, Distinct(upstream), Distinct(jobs), Distinct(systems), metric.Lineage, inputs);
    }

    private static LineageModel? Model(SemanticCatalog catalog, string id, string role) => catalog.FindModel(id) is { } model
        ? new LineageModel(model.Id, model.Table.ToString(), role, model.Lineage?.SourceSystem, model.Lineage?.UpstreamTables ?? [], model.Lineage?.Job, model.Lineage?.Schedule)
        : null;

    private static string[] Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray();
}
