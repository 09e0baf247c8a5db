using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Export;

/// <summary>
/// Writes catalog metrics as dbt metrics. Fixed filters become <c>{{ Dimension('entity__name') }}</c> conditions
/// (a filtered column that is no dimension yet gets one, <see cref="ExtraDimensions"/>); inline operands of ratio and
/// derived metrics become helper metrics marked in meta, which the importer does not turn into catalog metrics.
/// </summary>
internal sealed class MetricExportWriter(SemanticCatalog catalog, ExportNames names, List<DbtIssue> issues)
{
    public Dictionary<string, List<string>> ExtraDimensions { get; } = new(StringComparer.Ordinal);

    public IEnumerable<YamlNode> Write(MetricDefinition metric, YamlMappingNode document, string path)
    {
        var helpers = new List<YamlNode>();
        var calculation = metric.Calculation;
        YamlMappingNode native;
        switch (calculation.Type)
        {
            case MetricType.Simple or MetricType.Cumulative:
                native = Simple(metric.Id, calculation.Simple!, calculation.Type == MetricType.Cumulative ? "cumulative" : "simple", metric, path);
                if (calculation.Type == MetricType.Cumulative) Yaml.MappingAt(native, "type_params")!.Add("cumulative_type_params", CumulativeParameters(calculation));
                break;
            case MetricType.Ratio:
                native = Yaml.Map(("name", Yaml.Plain(metric.Id)), ("type", Yaml.Plain("ratio")), ("type_params", Yaml.Map(
                    ("numerator", Yaml.Plain(Operand(metric, calculation.Inputs[0], helpers, path))),
                    ("denominator", Yaml.Plain(Operand(metric, calculation.Inputs[1], helpers, path))))));
                break;
            case MetricType.Conversion:
                native = new ConversionExportWriter(catalog, names, issues, (simple, m, p) => Simple("", simple, "simple", m, p)).Write(metric, path);
                break;
            default:
                var inputs = calculation.Inputs.Select(i =>
                {
                    var target = Operand(metric, i, helpers, path);
                    return (YamlNode)Yaml.Map(("name", Yaml.Plain(target)), ("alias", target == i.Name ? null : Yaml.Plain(i.Name)),
                        ("offset_window", i.OffsetWindow is { } offset ? Yaml.Plain(offset.ToString()) : null),
                        ("offset_to_grain", i.OffsetToGrain is { } toGrain ? Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, toGrain)) : null));
                }).ToList();
                native = Yaml.Map(("name", Yaml.Plain(metric.Id)), ("type", Yaml.Plain("derived")),
                    ("type_params", Yaml.Map(("expr", Yaml.Text(calculation.Expression ?? "")), ("metrics", Yaml.Seq(inputs)))));
                break;
        }
        native.Children.Add(new YamlScalarNode("label"), Yaml.Text(metric.Name.En));
        native.Children.Add(new YamlScalarNode("description"), Yaml.Text(metric.Description.En));
        DbtExporter.Attach(native, document, DbtImporter.MetricNativeKeys);
        return [native, .. helpers];
    }

    /// <summary>The rolling window or grain-to-date, and which day's running total a coarser period shows (period_agg, last by default).</summary>
    private static YamlMappingNode CumulativeParameters(MetricCalculation calculation) => Yaml.Map(
        ("window", calculation.Window is { } window ? Yaml.Plain(window.ToString()) : null),
        ("grain_to_date", calculation.GrainToDate is { } grain ? Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, grain)) : null),
        ("period_agg", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.PeriodValues, calculation.PeriodAgg))));

    private string Operand(MetricDefinition metric, MetricInput input, List<YamlNode> helpers, string path)
    {
        if (input.MetricId is not null) return input.MetricId;
        var name = $"{metric.Id}__{input.Label ?? input.Name}";
        var helper = Simple(name, input.Inline!, "simple", metric, path);
        helper.Children.Add(new YamlScalarNode("config"), Yaml.Map(("meta", Yaml.Map((DbtMeta.Key, Yaml.Map((DbtMeta.HelperKey, Yaml.Plain(true))))))));
        helpers.Add(helper);
        return name;
    }

    private YamlMappingNode Simple(string name, SimpleCalculation simple, string type, MetricDefinition metric, string path)
    {
        var filters = new List<YamlNode>();
        foreach (var filter in simple.Filters)
        {
            if (Condition(simple.Model, filter) is { } text) filters.Add(Yaml.Text(text));
            else issues.Add(new DbtIssue(path, filter.Source.Line, $"metric '{metric.Id}'", DbtFeature.FilterExpression,
                $"the filter on '{filter.Column}' is more than one join away; dbt's filter leaves it out, meta keeps it", Dropped: false));
        }
        // A catalog sum or count of no rows is 0: dbt says so with fill_nulls_with: 0 (no_rows: unknown is dbt's default, NULL).
        // every_period is dbt's join_to_timespine (a row for every period of the time spine).
        var fillsZero = simple.NoRows == NoRowsValue.Zero && catalog.FindModel(simple.Model)?.FindMeasure(simple.Measure) is { SemiAdditive: null } m && m.Aggregation.CountsRows();
        var measure = fillsZero || simple.EveryPeriod
            ? (YamlNode)Yaml.Map(("name", Yaml.Plain(names.Measure(simple))), ("fill_nulls_with", fillsZero ? Yaml.Plain(0) : null),
                ("join_to_timespine", simple.EveryPeriod ? Yaml.Plain(true) : null))
            : Yaml.Plain(names.Measure(simple));
        return Yaml.Map(("name", Yaml.Plain(name)), ("type", Yaml.Plain(type)), ("type_params", Yaml.Map(("measure", measure))),
            ("filter", filters.Count == 0 ? null : Yaml.Seq(filters)));
    }

    private string? Condition(string modelId, ColumnFilter filter)
    {
        var model = catalog.FindModel(modelId)!;
        string entity;
        Model.SemanticModel owner;
        if (filter.Column.Joins.Count == 0) (entity, owner) = (model.Id, model);
        else if (filter.Column.Joins.Count == 1 && model.FindJoin(filter.Column.Joins[0]) is { } join && catalog.FindModel(join.Model) is { } target)
            (entity, owner) = (names.Entity(model.Id, join.Name), target);
        else return null;
        var column = filter.Column.Column;
        var binding = owner.Dimensions.FirstOrDefault(d => d.Column.Joins.Count == 0 && d.Column.Column == column);
        var dimension = binding?.Dimension ?? column;
        if (binding is null)
        {
            var list = ExtraDimensions.TryGetValue(owner.Id, out var l) ? l : ExtraDimensions[owner.Id] = [];
            if (!list.Contains(column)) list.Add(column);
        }
        var type = owner.FindColumn(column)?.Type ?? ColumnType.String;
        string Value(string v) => type is ColumnType.Integer or ColumnType.Decimal or ColumnType.Double or ColumnType.Boolean ? v : $"'{v.Replace("'", "''", StringComparison.Ordinal)}'";
        var reference = $"{{{{ Dimension('{entity}__{dimension}') }}}}";
        return filter.Operator switch
        {
            FilterOperator.Equals => $"{reference} = {Value(filter.Values[0])}",
            FilterOperator.NotEquals => $"{reference} != {Value(filter.Values[0])}",
            FilterOperator.In => $"{reference} IN ({string.Join(", ", filter.Values.Select(Value))})",
            FilterOperator.NotIn => $"{reference} NOT IN ({string.Join(", ", filter.Values.Select(Value))})",
            FilterOperator.IsNull => $"{reference} IS NULL",
            _ => $"{reference} IS NOT NULL",
        };
    }
}
