using MetricAssistant.Catalog.Model;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Export;

/// <summary>
/// Writes a catalog conversion metric as dbt's conversion_type_params: each event its measure (with its filter and
/// fill_nulls_with as a simple metric's), the entity and constant properties by the dbt names of their columns (the
/// entity of a join from that column, the model's primary entity, or a dimension). A column dbt has no name for is
/// written as the column and noted; meta keeps the catalog's definition.
/// </summary>
internal sealed class ConversionExportWriter(SemanticCatalog catalog, ExportNames names, List<DbtIssue> issues,
    Func<SimpleCalculation, MetricDefinition, string, YamlMappingNode> simple)
{
    public YamlMappingNode Write(MetricDefinition metric, string path)
    {
        var calculation = metric.Calculation;
        var conversion = calculation.Conversion!;
        var baseEvent = calculation.Inputs.First(i => i.Name == ConversionParameters.BaseInput).Inline!;
        var convertedEvent = calculation.Inputs.First(i => i.Name == ConversionParameters.ConversionInput).Inline!;

        var entity = Name(baseEvent.Model, conversion.BaseEntity, metric, path, "entity");
        var otherEntity = Name(convertedEvent.Model, conversion.ConversionEntity, metric, path, "entity");
        if (entity != otherEntity)
            issues.Add(new DbtIssue(path, conversion.Source.Line, $"metric '{metric.Id}'", DbtFeature.ConversionMetric,
                $"the entity is '{entity}' on the base event and '{otherEntity}' on the conversion event; dbt names one entity for both, meta keeps both", Dropped: false));
        var parameters = Yaml.Map(
            ("base_measure", Measure(baseEvent, metric, path)),
            ("conversion_measure", Measure(convertedEvent, metric, path)),
            ("entity", Yaml.Plain(entity)),
            ("calculation", Yaml.Plain(conversion.Calculation == ConversionCalculation.Conversions ? "conversions" : "conversion_rate")),
            ("window", conversion.Window is { } window ? Yaml.Plain(window.ToString()) : null),
            ("constant_properties", conversion.ConstantProperties.Count == 0 ? null : Yaml.Seq(conversion.ConstantProperties.Select(p => (YamlNode)Yaml.Map(
                ("base_property", Yaml.Plain(Name(baseEvent.Model, p.Base, metric, path, "constant property"))),
                ("conversion_property", Yaml.Plain(Name(convertedEvent.Model, p.Conversion, metric, path, "constant property"))))))));
        return Yaml.Map(("name", Yaml.Plain(metric.Id)), ("type", Yaml.Plain("conversion")),
            ("type_params", Yaml.Map(("conversion_type_params", parameters))));
    }

    /// <summary>The event's measure input: its name, fill_nulls_with and filter, as a simple metric over it would have them.</summary>
    private YamlMappingNode Measure(SimpleCalculation calculation, MetricDefinition metric, string path)
    {
        var node = simple(calculation, metric, path);
        var measure = Yaml.MappingAt(node, "type_params")!.Children[new YamlScalarNode("measure")];
        var map = measure as YamlMappingNode ?? Yaml.Map(("name", measure));
        if (node.Children.TryGetValue(new YamlScalarNode("filter"), out var filter)) map.Add("filter", filter);
        return map;
    }

    private string Name(string modelId, ColumnPath column, MetricDefinition metric, string path, string what)
    {
        var model = catalog.FindModel(modelId)!;
        if (column.Joins.Count == 0)
        {
            if (model.Joins.FirstOrDefault(j => j.FromColumn == column.Column) is { } join) return names.Entity(model.Id, join.Name);
            if (model.PrimaryKey == column.Column) return model.Id;
            if (model.Dimensions.FirstOrDefault(d => d.Column.Joins.Count == 0 && d.Column.Column == column.Column && d.ValueMap is null) is { } binding) return binding.Dimension;
        }
        issues.Add(new DbtIssue(path, metric.Calculation.Conversion!.Source.Line, $"metric '{metric.Id}'", DbtFeature.ConversionMetric,
            $"the {what} column '{column}' of model '{modelId}' has no dbt entity or dimension name; written as the column, meta keeps it", Dropped: false));
        return column.ToString();
    }
}
