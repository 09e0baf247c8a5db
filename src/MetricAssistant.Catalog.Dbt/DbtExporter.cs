using MetricAssistant.Catalog.Dbt.Export;
using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// Catalog folder → dbt project: each model a semantic model (joins as entities, local dimensions, time dimensions,
/// a measure per time dimension metrics use), each metric a dbt metric (inline ratio/derived operands as helper
/// metrics), with the catalog's own document and a fingerprint of the dbt fields in <c>config.meta.metric_assistant</c>.
/// Documents dbt has no place for (dimensions with their values, access, glossary, governance, history) go under
/// <c>metric_assistant/</c> as they are. What dbt's fields cannot say is reported; nothing is left out.
/// </summary>
public sealed class DbtExporter
{
    public (DbtExportResult? Result, IReadOnlyList<CatalogProblem> Problems) Export(string catalogDirectory)
    {
        var loaded = new CatalogLoader().Load(catalogDirectory);
        if (loaded.Catalog is null) return (null, loaded.Problems);
        var root = Path.GetFullPath(catalogDirectory);
        var documents = new List<(string Path, string Text, YamlMappingNode? Node)>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!(file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))) continue;
            var text = File.ReadAllText(file);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            documents.Add((Path.GetRelativePath(root, file).Replace('\\', '/'), text, stream.Documents.Count == 1 ? stream.Documents[0].RootNode as YamlMappingNode : null));
        }
        return (Export(loaded.Catalog, documents), []);
    }

    internal DbtExportResult Export(SemanticCatalog catalog, IReadOnlyList<(string Path, string Text, YamlMappingNode? Node)> documents)
    {
        var issues = new List<DbtIssue>();
        var names = new ExportNames(catalog);
        var files = new List<(string, string)>();
        var writer = new MetricExportWriter(catalog, names, issues);
        var byId = new Dictionary<string, (string Path, YamlMappingNode Node)>(StringComparer.Ordinal);
        foreach (var (path, text, node) in documents)
        {
            var isModel = node is not null && !path.StartsWith(CatalogLoader.HistoryFolder + "/", StringComparison.Ordinal) && new DbtNode(path, node).String("model") is { } m && catalog.FindModel(m) is not null && !new DbtNode(path, node).Has("metric");
            var isMetric = node is not null && !path.StartsWith(CatalogLoader.HistoryFolder + "/", StringComparison.Ordinal) && new DbtNode(path, node).String("metric") is { } id && catalog.FindMetric(id) is not null;
            if (isModel) byId["model:" + new DbtNode(path, node!).String("model")] = (path, node!);
            else if (isMetric) byId["metric:" + new DbtNode(path, node!).String("metric")] = (path, node!);
            // Saved queries and the project configuration an import kept go back where dbt reads them, as they were.
            else if (path.StartsWith(DbtImporter.KeptFolder + "/", StringComparison.Ordinal)) files.Add(($"models/semantic/{path[(DbtImporter.KeptFolder.Length + 1)..]}", text));
            else files.Add(($"{DbtProjectReader.CatalogFolder}/{path}", text));
        }

        var metrics = new List<YamlNode>();
        foreach (var metric in catalog.Metrics.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
            metrics.AddRange(writer.Write(metric, byId["metric:" + metric.Id].Node, byId["metric:" + metric.Id].Path));
        var extraDimensions = writer.ExtraDimensions;
        foreach (var model in catalog.Models.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var (path, node) = byId["model:" + model.Id];
            var semantic = SemanticModel(catalog, model, names, extraDimensions.GetValueOrDefault(model.Id) ?? [], issues, path);
            Attach(semantic, node, DbtImporter.ModelNativeKeys);
            files.Add(($"models/semantic/{model.Id}.yml", Yaml.Write(Yaml.Map(("semantic_models", Yaml.Seq([semantic]))))));
        }
        files.Add(("models/semantic/metrics.yml", Yaml.Write(Yaml.Map(("metrics", Yaml.Seq(metrics))))));
        return new DbtExportResult(files, issues);
    }

    /// <summary>Adds config.meta.metric_assistant: the catalog's document and the fingerprint of the dbt fields just written.</summary>
    internal static void Attach(YamlMappingNode native, YamlMappingNode catalogDocument, IEnumerable<string> nativeKeys)
    {
        var fingerprint = DbtMeta.Fingerprint(native, nativeKeys);
        native.Add("config", Yaml.Map(("meta", Yaml.Map((DbtMeta.Key, Yaml.Map((DbtMeta.DocumentKey, catalogDocument), (DbtMeta.FingerprintKey, Yaml.Plain(fingerprint))))))));
    }

    private static YamlMappingNode SemanticModel(SemanticCatalog catalog, Model.SemanticModel model, ExportNames names, IReadOnlyList<string> extraColumns, List<DbtIssue> issues, string path)
    {
        var entities = new List<YamlNode>();
        if (!model.PrimaryKey.Contains(',', StringComparison.Ordinal) && model.PrimaryKey.Length > 0)
            entities.Add(Yaml.Map(("name", Yaml.Plain(model.Id)), ("type", Yaml.Plain("primary")), ("expr", Yaml.Plain(model.PrimaryKey))));
        foreach (var (entity, column) in names.UniqueEntities.GetValueOrDefault(model.Id) ?? [])
            entities.Add(Yaml.Map(("name", Yaml.Plain(entity)), ("type", Yaml.Plain("unique")), ("expr", Yaml.Plain(column))));
        foreach (var join in model.Joins)
            entities.Add(Yaml.Map(("name", Yaml.Plain(names.Entity(model.Id, join.Name))), ("type", Yaml.Plain("foreign")), ("expr", Yaml.Plain(join.FromColumn))));

        var dimensions = new List<YamlNode>();
        foreach (var binding in model.Dimensions)
        {
            if (binding.Column.Joins.Count > 0) continue; // reached through an entity in dbt
            if (binding.ValueMap is not null)
                issues.Add(new DbtIssue(path, binding.Source.Line, $"dimension '{binding.Dimension}' of model '{model.Id}'", DbtFeature.SqlExpression,
                    "its value map (column value → code) has no dbt field; dbt sees the raw column, meta keeps the map", Dropped: false));
            dimensions.Add(Yaml.Map(("name", Yaml.Plain(binding.Dimension)), ("type", Yaml.Plain("categorical")), ("expr", Yaml.Plain(binding.Column.Column))));
        }
        foreach (var column in extraColumns.Where(c => model.Dimensions.All(d => d.Dimension != c)))
            dimensions.Add(Yaml.Map(("name", Yaml.Plain(column)), ("type", Yaml.Plain("categorical")), ("expr", Yaml.Plain(column))));
        foreach (var time in model.TimeDimensions.Where(t => t.Column.Joins.Count == 0))
            dimensions.Add(Yaml.Map(("name", Yaml.Plain(time.Name)), ("type", Yaml.Plain("time")), ("expr", Yaml.Plain(time.Column.Column)),
                ("type_params", Yaml.Map(("time_granularity", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, time.MinGrain)))))));

        var measures = new List<YamlNode>();
        foreach (var (key, name) in names.MeasuresOf(model.Id))
        {
            var measure = model.FindMeasure(key.Measure)!;
            if (measure.SemiAdditive is { Choice: null })
                issues.Add(new DbtIssue(path, measure.Source.Line, $"measure '{measure.Name}' of model '{model.Id}'", DbtFeature.NonAdditiveDimension,
                    "semi-additive (period average of per-period totals) has no dbt field; dbt sees a plain aggregation, meta keeps the rule", Dropped: false));
            if (MeasureExpression.Parse(measure.Expression).Columns.Any(c => c.Joins.Count > 0))
                issues.Add(new DbtIssue(path, measure.Source.Line, $"measure '{measure.Name}' of model '{model.Id}'", DbtFeature.SqlExpression,
                    "its expression reads a column through a join, which a dbt measure cannot; meta keeps it", Dropped: false));
            if (model.FindTimeDimension(key.Time) is { } t && t.Column.Joins.Count > 0)
                issues.Add(new DbtIssue(path, measure.Source.Line, $"measure '{measure.Name}' of model '{model.Id}'", DbtFeature.UnknownShape,
                    $"its time dimension '{key.Time}' is a column of a joined model, which dbt's agg_time_dimension cannot name; meta keeps it", Dropped: false));
            var agg = measure.Aggregation == Aggregation.Avg ? "average" : CatalogVocabulary.Word(CatalogVocabulary.Aggregations, measure.Aggregation);
            // The period's first or last snapshot is dbt's own non_additive_dimension (no window_groupings: one snapshot for everything in scope).
            var nonAdditive = measure.SemiAdditive is { Choice: { } choice } semi
                ? Yaml.Map(("name", Yaml.Plain(semi.TimeDimension)), ("window_choice", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.WindowChoices, choice))))
                : null;
            var percentile = measure.Percentile is { } p
                ? Yaml.Map(("percentile", Yaml.Plain(p.Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture))), ("use_discrete_percentile", p.Discrete ? Yaml.Plain(true) : null))
                : null;
            measures.Add(Yaml.Map(("name", Yaml.Plain(name)), ("agg", Yaml.Plain(agg)), ("expr", Yaml.Text(measure.Expression)), ("agg_time_dimension", Yaml.Plain(key.Time)),
                ("agg_params", percentile), ("non_additive_dimension", nonAdditive)));
        }

        return Yaml.Map(
            ("name", Yaml.Plain(model.Id)),
            ("description", Yaml.Text(model.Description.En)),
            // dbt refers to models by name: the schema a qualified table lives in is dbt's own configuration.
            ("model", Yaml.Text($"ref('{model.Table.Name}')")),
            ("defaults", model.TimeDimensions.Count == 0 ? null : Yaml.Map(("agg_time_dimension", Yaml.Plain(model.TimeDimensions[0].Name)))),
            ("entities", Yaml.Seq(entities)),
            ("dimensions", Yaml.Seq(dimensions)),
            ("measures", Yaml.Seq(measures)));
    }
}
