using MetricAssistant.Catalog.Dbt.Import;
using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// dbt semantic layer → catalog folder. Every definition becomes one catalog file; the result is loaded with the
/// catalog's own loader, and a file it refuses is left out and reported with the loader's reason, so what comes
/// back always passes <c>catalog validate</c>. Nothing is dropped without an issue.
/// </summary>
public sealed class DbtImporter(DbtImportOptions? options = null)
{
    private static readonly string[] CalculationKeys = ["type", "model", "measure", "time_dimension", "filters", "numerator", "denominator", "inputs", "expr", "window", "grain_to_date", "no_rows", "every_period", "period_agg"];
    internal static readonly string[] MetricNativeKeys = ["type", "type_params", "filter"];
    internal static readonly string[] ModelNativeKeys = ["node_relation", "model", "defaults", "primary_entity", "entities", "dimensions", "measures"];

    public DbtImportResult Import(string directory) => Import(DbtProjectReader.Read(directory));

    public DbtImportResult Import(DbtProject project)
    {
        var issues = new List<DbtIssue>(project.Issues);
        var mapper = new ModelMapper(options ?? DbtImportOptions.Default, issues);
        mapper.Read(project.SemanticModels);

        var files = new Dictionary<string, (YamlMappingNode Document, DbtIssue Origin)>(StringComparer.Ordinal);
        var generated = new List<ImportedModel>();
        foreach (var model in mapper.Models)
        {
            var (document, fromMeta) = ModelDocument(model);
            files[$"models/{model.Id}.yaml"] = (document, Origin(model.Node, $"semantic model '{model.Id}'"));
            if (!fromMeta) generated.Add(model);
        }
        foreach (var (id, document, origin) in Dimensions(generated))
            files[$"dimensions/{id}.yaml"] = (document, origin);

        var metrics = new Dictionary<string, DbtNode>(StringComparer.Ordinal);
        foreach (var metric in project.Metrics)
        {
            var name = metric.String("name") ?? "";
            if (!metrics.TryAdd(name, metric))
                issues.Add(new DbtIssue(metric.File, metric.Line, $"metric '{name}'", DbtFeature.Rejected, $"a second metric named '{name}' (the first is at {metrics[name].File}:{metrics[name].Line})"));
        }
        var map = new MetricTypeMap(mapper.Models, metrics, [.. issues]);
        var unsupported = new Dictionary<string, DbtFeature>(StringComparer.Ordinal);
        foreach (var (name, node) in metrics)
        {
            var meta = DbtMeta.Of(node);
            if (meta?.String(DbtMeta.HelperKey) == "true") continue;
            if (meta?.Mapping(DbtMeta.DocumentKey) is { } own && meta.String(DbtMeta.FingerprintKey) == DbtMeta.Fingerprint(node.Map, MetricNativeKeys))
            {
                // Exported from the catalog and not edited in dbt since: the catalog's document as it was.
                files[$"metrics/{name}.yaml"] = (own.Map, Origin(node, $"metric '{name}'"));
                continue;
            }
            var mapped = map.Map(name);
            if (mapped.Issue is not null)
            {
                issues.Add(mapped.Issue);
                unsupported[name] = RootFeature(mapped.Issue, map);
                continue;
            }
            files[$"metrics/{name}.yaml"] = (MetricDocument(name, node, meta, mapped, options ?? DbtImportOptions.Default), Origin(node, $"metric '{name}'"));
        }

        foreach (var (path, document, issue) in KeptDefinitions(project, files.Keys.Where(k => k.StartsWith("metrics/", StringComparison.Ordinal)).Select(k => k[8..^5]).ToHashSet(StringComparer.Ordinal)))
        {
            files[path] = (document, issue with { Feature = DbtFeature.Rejected, Reason = "" });
            issues.Add(issue);
        }

        var kept = project.CatalogFiles.ToList();
        var keptIds = kept.Select(k => k.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in files.Keys.Where(keptIds.Contains).ToList()) files.Remove(path);
        var written = Validate(files, kept, issues);

        var models = project.SemanticModels.Count;
        var read = new DbtImportCounts(models, project.SemanticModels.Sum(m => m.Mappings("measures").Count), metrics.Count(m => DbtMeta.Of(m.Value)?.String(DbtMeta.HelperKey) != "true"),
            project.SemanticModels.Sum(m => m.Mappings("dimensions").Count), project.SavedQueries.Count);
        var imported = new DbtImportCounts(
            written.Count(f => f.Path.StartsWith("models/", StringComparison.Ordinal)),
            mapper.Models.Where(m => written.Any(f => f.Path == $"models/{m.Id}.yaml")).Sum(m => m.Measures.Count),
            written.Count(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)),
            written.Count(f => f.Path.StartsWith("dimensions/", StringComparison.Ordinal)), 0);
        foreach (var issue in issues.Where(i => i.Feature == DbtFeature.Rejected && i.Definition.StartsWith("metric '", StringComparison.Ordinal)))
            unsupported.TryAdd(issue.Definition[8..^1], DbtFeature.Rejected);
        var defaultGrains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in metrics)
            if (node.String("time_granularity") is { } grain && written.Any(f => f.Path == $"metrics/{name}.yaml"))
            {
                defaultGrains[name] = grain;
                issues.Add(new DbtIssue(node.File, node.LineOf("time_granularity"), $"metric '{name}'", DbtFeature.DefaultGranularity,
                    $"its default grain ({grain}) is not kept: a catalog question names its grain", Dropped: false));
            }
        return new DbtImportResult(written, issues, read, imported)
        {
            UnsupportedMetrics = unsupported,
            Entities = project.SemanticModels.SelectMany(m => m.Mappings("entities")).Select(e => e.String("name") ?? "")
                .Concat(project.SemanticModels.Select(m => m.String("primary_entity") ?? "")).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal),
            DefaultGrains = defaultGrains,
        };
    }

    /// <summary>The catalog folder keeping, as dbt wrote them, the dbt definitions the catalog has no document for.</summary>
    public const string KeptFolder = "dbt";

    /// <summary>
    /// Saved queries and the project configuration (its time spine), each kept as written under <see cref="KeptFolder"/>
    /// (the catalog loader skips documents without a catalog key; export-dbt writes them back where dbt reads them),
    /// and reported with what the catalog makes of it.
    /// </summary>
    private static IEnumerable<(string Path, YamlMappingNode Document, DbtIssue Issue)> KeptDefinitions(DbtProject project, IReadOnlySet<string> importedMetrics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var saved in project.SavedQueries)
        {
            var name = saved.String("name") ?? "";
            var path = $"{KeptFolder}/saved_queries/{FileName(name, saved.Line, used)}.yaml";
            var metrics = saved.Mapping("query_params")?.Strings("metrics") ?? [];
            var missing = metrics.Where(m => !importedMetrics.Contains(m)).ToList();
            var runnable = metrics.Count == 0 ? "it names no metric (a list of dimension values)"
                : missing.Count == 0 ? $"its metrics ({string.Join(", ", metrics)}) are in the catalog, so the question it answers can be asked"
                : $"not imported: {string.Join(", ", missing)} (see their lines)";
            yield return (path, Yaml.Map(("saved_queries", Yaml.Seq([saved.Map]))), new DbtIssue(saved.File, saved.Line, $"saved query '{name}'", DbtFeature.SavedQuery,
                $"kept as written at {path} (export-dbt writes it back); the catalog stores no queries to run by name: {runnable}", Dropped: false));
        }
        var configurations = 0;
        foreach (var configuration in project.ProjectConfigurations)
        {
            var path = $"{KeptFolder}/project_configuration{(configurations++ == 0 ? "" : $"_{configurations}")}.yaml";
            var spines = configuration.Mappings("time_spine_table_configurations").Select(t => $"{t.String("location")}.{t.String("column_name")} by {t.String("grain")}").ToList();
            yield return (path, Yaml.Map(("project_configuration", configuration.Map)), new DbtIssue(configuration.File, configuration.Line, "project_configuration", DbtFeature.TimeSpine,
                $"kept as written at {path} (export-dbt writes it back); the compiler makes a trend's periods itself (a series of days, weeks…), so the time spine{(spines.Count == 0 ? "" : $" ({string.Join(", ", spines)})")} is not read", Dropped: false));
        }
    }

    private static string FileName(string name, int line, HashSet<string> used)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
        if (safe.Length == 0) safe = $"line_{line}";
        var unique = safe;
        for (var i = 2; !used.Add(unique); i++) unique = $"{safe}_{i}";
        return unique;
    }

    /// <summary>The feature at the bottom of a chain of dependencies (a derived metric over a conversion metric is "conversion").</summary>
    private static DbtFeature RootFeature(DbtIssue issue, MetricTypeMap map)
    {
        var current = issue;
        for (var depth = 0; depth < 20 && current.Feature == DbtFeature.DependsOnUnsupported; depth++)
        {
            var start = current.Reason.IndexOf('\'', StringComparison.Ordinal);
            var end = start < 0 ? -1 : current.Reason.IndexOf('\'', start + 1);
            if (end < 0) break;
            var name = current.Reason[(start + 1)..end];
            var next = map.TryMapped(name)?.Issue;
            if (next is null) break;
            current = next;
        }
        return current.Feature;
    }

    private static DbtIssue Origin(DbtNode node, string definition) => new(node.File, node.Line, definition, DbtFeature.Rejected, "");

    /// <summary>Loads the files with the catalog loader; a file with problems is dropped and reported, until the rest loads.</summary>
    private static List<(string Path, string Text)> Validate(Dictionary<string, (YamlMappingNode Document, DbtIssue Origin)> files, List<(string Path, string Text)> kept, List<DbtIssue> issues)
    {
        var texts = files.ToDictionary(f => f.Key, f => Yaml.Write(f.Value.Document), StringComparer.Ordinal);
        for (var round = 0; round < 50; round++)
        {
            var all = texts.Select(t => (t.Key, t.Value)).Concat(kept).ToList();
            var result = new CatalogLoader().LoadFromText(all.Select(f => ($"catalog/{f.Item1}", f.Item2)));
            if (result.Succeeded) return all;
            var bad = result.Problems.GroupBy(p => p.File.StartsWith("catalog/", StringComparison.Ordinal) ? p.File[8..] : p.File)
                .Where(g => texts.ContainsKey(g.Key)).ToList();
            if (bad.Count == 0)
            {
                foreach (var problem in result.Problems)
                    issues.Add(new DbtIssue(problem.File, problem.Line, "catalog", DbtFeature.Rejected, problem.Message));
                return [];
            }
            foreach (var group in bad)
            {
                var origin = files[group.Key].Origin;
                issues.Add(origin with { Reason = $"the catalog refuses it: {string.Join("; ", group.Select(p => p.Message).Distinct())}" });
                texts.Remove(group.Key);
            }
        }
        return [];
    }

    /// <summary>The catalog model document, and whether it is the catalog's own one kept in meta (the dbt side unedited).</summary>
    private static (YamlMappingNode Document, bool Kept) ModelDocument(ImportedModel model)
    {
        var meta = DbtMeta.Of(model.Node);
        var description = model.Node.String("description") ?? model.Id;
        if (meta?.Mapping(DbtMeta.DocumentKey) is { } kept && meta.String(DbtMeta.FingerprintKey) == DbtMeta.Fingerprint(model.Node.Map, ModelNativeKeys))
            return (kept.Map, true);
        var document = Yaml.Map(
            ("model", Yaml.Plain(model.Id)),
            ("table", Yaml.Plain(model.Table)),
            ("primary_key", Yaml.Plain(model.PrimaryKey ?? "")),
            ("description", Localized(description, description)),
            ("columns", Yaml.Seq(model.Columns.Select(c => Yaml.Map(("name", Yaml.Plain(c.Name)), ("type", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.ColumnTypes, c.Type))))))),
            ("joins", model.Joins.Count == 0 ? null : Yaml.Seq(model.Joins.Select(j => Yaml.Map(("name", Yaml.Plain(j.Name)), ("model", Yaml.Plain(j.Model)), ("from", Yaml.Plain(j.From)), ("to", Yaml.Plain(j.To)))))),
            ("dimensions", model.Bindings.Count == 0 ? null : Yaml.Map([.. model.Bindings.Select(b => (b.Key, (YamlNode?)Yaml.Plain(b.Value.Path)))])),
            ("time_dimensions", Yaml.Seq(model.Times.Select(t => Yaml.Map(("name", Yaml.Plain(t.Name)), ("column", Yaml.Plain(t.Column)), ("min_grain", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, t.Grain))))))),
            ("measures", Yaml.Seq(model.Measures.Select(m => Yaml.Map(("name", Yaml.Plain(m.Name)), ("agg", Yaml.Plain(m.Agg)), ("expr", Yaml.Text(m.Expr)), ("type", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.ColumnTypes, m.Type))),
                ("non_additive_dimension", m.NonAdditive is { } n
                    ? Yaml.Map(("name", Yaml.Plain(n.TimeDimension)), ("window_choice", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.WindowChoices, n.Choice))))
                    : null),
                ("percentile", m.Percentile is { } p ? Yaml.Plain(p.Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null),
                ("use_discrete_percentile", m.Percentile is { Discrete: true } ? Yaml.Plain("true") : null))))));
        // An edited dbt side keeps the catalog's own words for the model (its Chinese description, lineage, freshness).
        if (meta?.Mapping(DbtMeta.DocumentKey) is { } catalogWords)
            foreach (var key in new[] { "description", "lineage", "freshness" })
                if (catalogWords.Raw(key) is { } value) document.Children[new YamlScalarNode(key)] = value;
        return (document, false);
    }

    private static IEnumerable<(string Id, YamlMappingNode Document, DbtIssue Origin)> Dimensions(IReadOnlyList<ImportedModel> models)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in models)
            foreach (var (id, binding) in model.Bindings)
            {
                if (!seen.Add(id)) continue;
                yield return (id, Yaml.Map(("dimension", Yaml.Plain(id)), ("name", Localized(id, id)),
                    ("code_type", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.ColumnTypes, binding.Type)))), Origin(model.Node, $"dimension '{id}'"));
            }
    }

    private static YamlMappingNode MetricDocument(string name, DbtNode node, DbtNode? meta, MappedMetric mapped, DbtImportOptions options)
    {
        var document = Yaml.Map(("metric", Yaml.Plain(name)));
        var catalogWords = meta?.Mapping(DbtMeta.DocumentKey);
        if (catalogWords is not null)
        {
            // Exported from the catalog: its own words as written; its calculation too unless the dbt side was edited since.
            var unchanged = meta!.String(DbtMeta.FingerprintKey) == DbtMeta.Fingerprint(node.Map, MetricNativeKeys);
            foreach (var key in catalogWords.Keys.Where(k => k != "metric" && (unchanged || !CalculationKeys.Contains(k))))
                document.Add(key, catalogWords.Raw(key)!);
            if (!unchanged)
                foreach (var (key, value) in mapped.Fields) document.Add(key, value);
            return document;
        }
        var label = node.String("label") ?? name;
        var description = node.String("description") ?? label;
        var ratio = mapped.Fields.Any(f => f.Key == "type" && ((YamlScalarNode)f.Value).Value == "ratio");
        document.Add("name", Localized(label, label));
        document.Add("description", Localized(description.Trim(), description.Trim()));
        document.Add("domain", Yaml.Plain(options.Domain));
        document.Add("owner", Localized(options.Owner, options.Owner));
        document.Add("status", Yaml.Plain("published"));
        document.Add("version", Yaml.Plain(1));
        document.Add("unit", Yaml.Plain(ratio ? "ratio" : "value"));
        document.Add("format", Yaml.Plain(ratio ? "percent" : "decimal"));
        document.Add("tags", Yaml.Seq([]));
        document.Add("default_window", Yaml.Plain("last_month"));
        foreach (var (key, value) in mapped.Fields) document.Add(key, value);
        return document;
    }

    private static YamlMappingNode Localized(string zh, string en) => Yaml.Map(("zh", Yaml.Text(zh)), ("en", Yaml.Text(en)));
}
