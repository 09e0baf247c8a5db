using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Model;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// A dbt conversion metric (conversion_type_params: base_measure, conversion_measure, entity, calculation, window,
/// constant_properties) as the catalog's conversion type: each measure becomes an inline event (its filter and
/// fill_nulls_with as for a simple metric), the entity and constant properties the columns their names stand for in
/// each event's model. A filter on the conversion metric itself, a sub-daily window or an entity or property one of
/// the two models lacks is reported, never dropped.
/// </summary>
internal sealed class ConversionMap(Func<DbtNode, string, MappedMetric> simple)
{
    public MappedMetric Map(DbtNode metric, DbtNode? parameters)
    {
        var p = parameters?.Mapping("conversion_type_params");
        if (p is null) return Unsupported(metric, metric.Line, "no type_params.conversion_type_params");
        if (metric.Strings("filter").Count > 0)
            return MappedMetric.Unsupported(MetricTypeMap.Issue(metric, metric.LineOf("filter"), DbtFeature.FilterExpression,
                $"a filter on the conversion metric itself ('{string.Join(" AND ", metric.Strings("filter"))}') is not expressible; put it on base_measure"));

        var events = new List<(string Key, SimpleParts Parts)>();
        foreach (var (dbtKey, catalogKey) in new[] { ("base_measure", ConversionParameters.BaseInput), ("conversion_measure", ConversionParameters.ConversionInput) })
        {
            if (p.Raw(dbtKey) is not { } measure) return Unsupported(metric, p.Line, $"no {dbtKey}");
            // The measure input has the shape of a simple metric's type_params.measure: mapped the same way.
            var mapped = simple(new DbtNode(metric.File, Yaml.Map(("measure", measure))), catalogKey);
            if (mapped.Issue is not null)
                return MappedMetric.Unsupported(mapped.Issue with { Reason = $"{dbtKey}: {mapped.Issue.Reason}" });
            events.Add((catalogKey, mapped.Simple!));
        }
        var (baseEvent, conversionEvent) = (events[0].Parts, events[1].Parts);

        var entity = p.String("entity");
        var baseEntity = Column(baseEvent.Model, entity);
        var conversionEntity = Column(conversionEvent.Model, entity);
        if (entity is null || baseEntity is null || conversionEntity is null)
            return Unsupported(metric, p.LineOf("entity"), $"entity '{entity}' is not an entity of both '{baseEvent.Model.Id}' and '{conversionEvent.Model.Id}'");

        var fields = new List<(string Key, YamlNode Value)> { ("type", Yaml.Plain("conversion")) };
        var calculation = p.String("calculation")?.ToLowerInvariant() ?? "conversion_rate";
        if (calculation is not ("conversion_rate" or "conversions"))
            return Unsupported(metric, p.LineOf("calculation"), $"calculation '{calculation}' (the catalog has conversion_rate and conversions)");
        fields.Add(("calculation", Yaml.Plain(calculation)));
        fields.Add(("entity", baseEntity == conversionEntity
            ? Yaml.Plain(baseEntity)
            : Yaml.Map(("base", Yaml.Plain(baseEntity)), ("conversion", Yaml.Plain(conversionEntity)))));
        if (p.String("window") is { } windowText)
        {
            if (CalendarWindow.TryParse(windowText) is not { } window)
                return Unsupported(metric, p.LineOf("window"), $"a conversion window of '{windowText}' is not expressible; the catalog's windows are whole days, weeks, months, quarters or years");
            fields.Add(("window", Yaml.Plain(window.ToString())));
        }
        foreach (var (key, parts) in events) fields.Add((key, Yaml.Map([.. parts.Fields().Select(f => (f.Key, (YamlNode?)f.Value))])));

        var properties = new List<YamlNode>();
        foreach (var property in p.Mappings("constant_properties"))
        {
            var onBase = Column(baseEvent.Model, property.String("base_property"));
            var onConversion = Column(conversionEvent.Model, property.String("conversion_property"));
            if (onBase is null || onConversion is null)
                return Unsupported(metric, property.Line,
                    $"constant property '{property.String("base_property")}' → '{property.String("conversion_property")}' is not a dimension or entity of '{baseEvent.Model.Id}' and '{conversionEvent.Model.Id}'");
            properties.Add(Yaml.Map(("base", Yaml.Plain(onBase)), ("conversion", Yaml.Plain(onConversion))));
        }
        if (properties.Count > 0) fields.Add(("constant_properties", Yaml.Seq(properties)));
        return new MappedMetric(fields, null, null);
    }

    /// <summary>The column an entity or categorical dimension of the model stands for, or null.</summary>
    private static string? Column(ImportedModel model, string? name)
    {
        if (name is null) return null;
        var entity = model.Entities.FirstOrDefault(e => e.Name == name && e.Column.Length > 0);
        if (entity.Column is { Length: > 0 }) return entity.Column;
        var dimension = model.Dimensions.FirstOrDefault(d => d.Name == name);
        return dimension.Column is { Length: > 0 } ? dimension.Column : null;
    }

    private static MappedMetric Unsupported(DbtNode metric, int line, string reason) =>
        MappedMetric.Unsupported(MetricTypeMap.Issue(metric, line, DbtFeature.ConversionMetric, reason));
}
