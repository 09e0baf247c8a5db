using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// Semantic models → catalog models. Entities become many-to-one joins (a model's entity to the model whose primary or
/// unique entity it is); dimensions become conformed dimensions named the MetricFlow way, entity__dimension, bound in
/// every model that reaches them within two joins; measures keep their aggregation, expression and time dimension.
/// </summary>
internal sealed partial class ModelMapper(DbtImportOptions options, List<DbtIssue> issues)
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    private static readonly Dictionary<string, string> Aggregations = new(StringComparer.Ordinal)
    {
        ["sum"] = "sum", ["count"] = "count", ["count_distinct"] = "count_distinct", ["average"] = "avg", ["avg"] = "avg",
        ["min"] = "min", ["max"] = "max", ["median"] = "median", ["percentile"] = "percentile", ["sum_boolean"] = "sum_boolean",
    };

    public List<ImportedModel> Models { get; } = [];

    public static bool IsIdentifier(string text) => Identifier().IsMatch(text);

    public void Read(IEnumerable<DbtNode> nodes)
    {
        foreach (var node in nodes)
        {
            var id = node.String("name") ?? "";
            if (id.Length == 0) { issues.Add(new DbtIssue(node.File, node.Line, "semantic_model", DbtFeature.UnknownShape, "semantic model without a name")); continue; }
            // A model exported from the catalog and not edited since is taken from meta; its dbt fields need no report.
            var meta = DbtMeta.Of(node);
            var kept = meta?.Mapping(DbtMeta.DocumentKey) is not null && meta.String(DbtMeta.FingerprintKey) == DbtMeta.Fingerprint(node.Map, DbtImporter.ModelNativeKeys);
            var before = issues.Count;
            Models.Add(ReadModel(id, node));
            if (kept) issues.RemoveRange(before, issues.Count - before);
        }
        foreach (var model in Models) AddJoins(model);
        foreach (var model in Models) AddBindings(model);
    }

    private ImportedModel ReadModel(string id, DbtNode node)
    {
        var relation = node.Mapping("node_relation");
        var table = relation?.String("alias") ?? RefName(node.String("model")) ?? id;
        var model = new ImportedModel(id, node, table);
        var context = $"semantic model '{id}'";
        var defaultTime = node.Mapping("defaults")?.String("agg_time_dimension");

        foreach (var entity in node.Mappings("entities"))
        {
            var name = entity.String("name") ?? "";
            var column = entity.String("expr") ?? name;
            if (!IsIdentifier(column))
            {
                issues.Add(new DbtIssue(node.File, entity.Line, $"entity '{name}' of {context}", DbtFeature.SqlExpression, $"expr '{column}' is not a column; joins on this entity are not imported"));
                continue;
            }
            model.AddColumn(column, TypeOf(table, column, Model.ColumnType.String));
            model.Entities.Add((name, entity.String("type") ?? "foreign", column));
            if (entity.String("type") == "primary") model.PrimaryKey ??= column;
        }
        if (node.String("primary_entity") is { } primary && model.Entities.All(e => e.Name != primary))
            model.Entities.Add((primary, "primary", ""));

        foreach (var dimension in node.Mappings("dimensions"))
        {
            var name = dimension.String("name") ?? "";
            var column = dimension.String("expr") ?? name;
            var label = $"dimension '{name}' of {context}";
            if (dimension.String("is_partition") == "true") model.Partitioned = true;
            if (!IsIdentifier(column))
            {
                issues.Add(new DbtIssue(node.File, dimension.Line, label, DbtFeature.SqlExpression, $"expr '{column}' is not a column"));
                continue;
            }
            if (dimension.String("type") == "time")
            {
                var grainWord = dimension.Mapping("type_params")?.String("time_granularity") ?? "day";
                if (!CatalogVocabulary.Grains.TryGetValue(grainWord, out var grain))
                {
                    issues.Add(new DbtIssue(node.File, dimension.Line, label, DbtFeature.SubDailyGrain, $"time granularity '{grainWord}' is finer than a day; read by day", Dropped: false));
                    grain = TimeGrain.Day;
                }
                model.AddColumn(column, TypeOf(table, column, Model.ColumnType.Timestamp));
                model.Times.Add((name, column, grain));
            }
            else
            {
                var type = TypeOf(table, column, Model.ColumnType.String);
                model.AddColumn(column, type);
                model.Dimensions.Add((name, column, model.ColumnType(column) ?? type));
            }
        }

        foreach (var measure in node.Mappings("measures"))
            if (ReadMeasure(model, measure, defaultTime, context) is { } m) model.Measures.Add(m);
        model.PrimaryKey ??= model.Entities.FirstOrDefault(e => e.Column.Length > 0 && e.Type is "unique" or "natural").Column
                             ?? model.Columns.FirstOrDefault().Name;
        return model;
    }

    private ImportedMeasure? ReadMeasure(ImportedModel model, DbtNode measure, string? defaultTime, string context)
    {
        var name = measure.String("name") ?? "";
        var label = $"measure '{name}' of {context}";
        var agg = measure.String("agg")?.ToLowerInvariant() ?? "";
        if (!Aggregations.TryGetValue(agg, out var catalogAgg))
        {
            issues.Add(new DbtIssue(model.Node.File, measure.Line, label, DbtFeature.Aggregation, $"aggregation '{agg}' has no catalog equivalent (sum, count, count_distinct, average, min, max, median, percentile, sum_boolean)"));
            return null;
        }
        var (percentile, percentileIssue) = Percentile(model, measure, label, agg);
        if (percentileIssue is not null)
        {
            issues.Add(percentileIssue);
            return null;
        }
        var nonAdditive = NonAdditive(model, measure, label);
        if (nonAdditive is { Issue: { } refused })
        {
            issues.Add(refused);
            return null;
        }
        var expr = measure.String("expr") ?? name;
        var parsed = MeasureExpression.Parse(expr);
        if (!parsed.IsValid)
        {
            issues.Add(new DbtIssue(model.Node.File, measure.LineOf("expr"), label, DbtFeature.SqlExpression, $"expr '{expr}' is SQL beyond columns, numbers and + - * / ({parsed.Error})"));
            return null;
        }
        if (parsed.Columns.Any(c => c.Joins.Count > 0))
        {
            issues.Add(new DbtIssue(model.Node.File, measure.LineOf("expr"), label, DbtFeature.SqlExpression, $"expr '{expr}' names a qualified column"));
            return null;
        }
        var time = measure.String("agg_time_dimension") ?? defaultTime;
        if (time is null || model.Times.All(t => t.Name != time))
        {
            issues.Add(new DbtIssue(model.Node.File, measure.Line, label, DbtFeature.UnknownShape, $"no time dimension '{time ?? "(none)"}' to aggregate by"));
            return null;
        }
        foreach (var column in parsed.Columns) model.AddColumn(column.Column, TypeOf(model.Table, column.Column, Model.ColumnType.Decimal));
        var type = parsed.Columns.Count == 0 ? Model.ColumnType.Integer
            : parsed.Columns.Select(c => model.ColumnType(c.Column)).All(t => t == Model.ColumnType.Integer) ? Model.ColumnType.Integer
            : parsed.Columns.Select(c => model.ColumnType(c.Column)).Any(t => t == Model.ColumnType.Double) ? Model.ColumnType.Double
            : Model.ColumnType.Decimal;
        if (catalogAgg is "count" or "count_distinct" or "sum_boolean") type = Model.ColumnType.Integer;
        return new ImportedMeasure(name, catalogAgg, expr, type, time, measure.Line) { NonAdditive = nonAdditive?.Value, Percentile = percentile };
    }

    /// <summary>
    /// A percentile's agg_params: its fraction and use_discrete_percentile. use_approximate_percentile has no catalog word (the
    /// compiler computes percentiles exactly, and PostgreSQL has no approximate one), so such a measure is reported.
    /// </summary>
    private static (ImportedPercentile? Value, DbtIssue? Issue) Percentile(ImportedModel model, DbtNode measure, string label, string agg)
    {
        if (agg != "percentile") return (null, null);
        var parameters = measure.Mapping("agg_params");
        DbtIssue Refuse(int line, string reason) => new(model.Node.File, line, label, DbtFeature.Aggregation, reason);
        var text = parameters?.String("percentile");
        if (text is null || !decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var fraction) || fraction <= 0 || fraction >= 1)
            return (null, Refuse(parameters?.LineOf("percentile") ?? measure.Line, $"a percentile needs agg_params.percentile between 0 and 1, not '{text ?? "(none)"}'"));
        if (parameters!.String("use_approximate_percentile") is { } approximate && bool.TryParse(approximate, out var isApproximate) && isApproximate)
            return (null, Refuse(parameters.LineOf("use_approximate_percentile"), "an approximate percentile (use_approximate_percentile) is not expressible; the catalog computes percentiles exactly"));
        var discrete = parameters.String("use_discrete_percentile") is { } d && bool.TryParse(d, out var isDiscrete) && isDiscrete;
        return (new ImportedPercentile(fraction, discrete), null);
    }

    /// <summary>
    /// non_additive_dimension → the catalog's own field (the period's first or last snapshot of that time dimension).
    /// MetricFlow's window_groupings (the last snapshot per entity, each user's latest balance) has no catalog word.
    /// </summary>
    private static (ImportedNonAdditive? Value, DbtIssue? Issue)? NonAdditive(ImportedModel model, DbtNode measure, string label)
    {
        if (!measure.Has("non_additive_dimension")) return null;
        var node = measure.Mapping("non_additive_dimension");
        var line = measure.LineOf("non_additive_dimension");
        DbtIssue Refuse(string reason) => new(model.Node.File, line, label, DbtFeature.NonAdditiveDimension, reason);
        if (node is null || node.String("name") is not { } time) return (null, Refuse("non_additive_dimension names no time dimension"));
        if (node.Has("window_groupings") && node.Raw("window_groupings") is YamlDotNet.RepresentationModel.YamlSequenceNode { Children.Count: > 0 })
            return (null, Refuse("window_groupings (the first or last snapshot per entity) is not expressible; the catalog takes one snapshot per period for everything in scope"));
        if (model.Times.All(t => t.Name != time)) return (null, Refuse($"its time dimension '{time}' is not a time dimension of the model"));
        var choiceWord = node.String("window_choice")?.ToLowerInvariant() ?? "min"; // MetricFlow's default
        if (!CatalogVocabulary.WindowChoices.TryGetValue(choiceWord, out var choice)) return (null, Refuse($"window_choice '{choiceWord}' is neither min nor max"));
        return (new ImportedNonAdditive(time, choice), null);
    }

    private void AddJoins(ImportedModel model)
    {
        foreach (var entity in model.Entities.Where(e => e.Column.Length > 0))
        {
            var targets = Models.Where(t => t != model)
                .Select(t => (Model: t, Key: t.Entities.FirstOrDefault(e => e.Name == entity.Name && e.Column.Length > 0 && e.Type is "primary" or "unique" or "natural")))
                .Where(t => t.Key.Name is not null).ToList();
            foreach (var (target, key) in targets)
            {
                if (model.Partitioned && target.Partitioned)
                {
                    issues.Add(new DbtIssue(model.Node.File, model.Node.Line, $"join '{entity.Name}' of semantic model '{model.Id}' to '{target.Id}'", DbtFeature.PartitionJoin,
                        "both models are partitioned, so MetricFlow joins on the partition dimension too; a catalog join has one column on each side"));
                    continue;
                }
                var name = targets.Count == 1 ? entity.Name : $"{entity.Name}_{target.Id}";
                model.Joins.Add((name, target.Id, entity.Column, key.Column, entity.Name));
            }
        }
    }

    private void AddBindings(ImportedModel model)
    {
        // Local dimensions under each of the model's identifying entities, then one and two joins away (MetricFlow's limit).
        foreach (var entity in model.Entities.Where(e => e.Type is "primary" or "unique" or "natural"))
            foreach (var d in model.Dimensions) Bind(model, $"{entity.Name}__{d.Name}", d.Column, d.Type);
        foreach (var join in model.Joins)
        {
            var target = Models.First(m => m.Id == join.Model);
            foreach (var d in target.Dimensions) Bind(model, $"{join.Entity}__{d.Name}", $"{join.Name}.{d.Column}", d.Type);
            foreach (var next in target.Joins.Where(j => j.Model != model.Id))
                foreach (var d in Models.First(m => m.Id == next.Model).Dimensions)
                    Bind(model, $"{join.Entity}__{next.Entity}__{d.Name}", $"{join.Name}.{next.Name}.{d.Column}", d.Type);
        }
    }

    private static void Bind(ImportedModel model, string dimension, string path, ColumnType type) => model.Bindings.TryAdd(dimension, (path, type));

    private ColumnType TypeOf(string table, string column, ColumnType fallback) => options.ColumnTypes?.Invoke(table, column) ?? fallback;

    /// <summary>"ref('fct_orders')" → fct_orders.</summary>
    private static string? RefName(string? reference)
    {
        if (reference is null) return null;
        var match = Regex.Match(reference, @"ref\(\s*['""]([^'""]+)['""]\s*\)");
        return match.Success ? match.Groups[1].Value : reference;
    }
}
