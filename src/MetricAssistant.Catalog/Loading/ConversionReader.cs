using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads a conversion metric (MetricFlow's conversion_type_params in the catalog's words):
/// "base:" and "conversion:" events (inline simple calculations), "entity: customer_id" (or
/// "{ base: customer_id, conversion: buyer_id }" when the columns differ), "calculation:
/// conversion_rate | conversions", "window: 7 days" and "constant_properties: [{ base: store_id, conversion: store_id }]".
/// </summary>
internal sealed class ConversionReader(CalculationReader calculations)
{
    public MetricCalculation Read(YamlNodeReader r)
    {
        var inputs = new[] { ConversionParameters.BaseInput, ConversionParameters.ConversionInput }
            .Select(name => calculations.Operand(r.Mapping(name, required: true), name, r))
            .ToList();
        foreach (var input in inputs.Where(i => i.MetricId is not null))
            r.Problems.Add(input.Source, CatalogProblemCodes.InvalidField,
                $"{input.Name} of {r.Context} must be an event (model, measure, time_dimension), not another metric", "write the measure it reads inline");
        var (baseEntity, conversionEntity) = Entity(r);
        var properties = r.Sequence("constant_properties", "a constant property").Select(p =>
        {
            p.Known("base", "conversion");
            return new ConstantProperty(ColumnPath.Parse(p.String("base", required: true) ?? ""), ColumnPath.Parse(p.String("conversion", required: true) ?? ""), p.Location);
        }).ToList();
        var parameters = new ConversionParameters(baseEntity, conversionEntity,
            r.Enum("calculation", CatalogVocabulary.ConversionCalculations, ConversionCalculation.ConversionRate),
            CalculationReader.Window(r, "window"), properties, r.LocationOf("entity"));
        return new MetricCalculation(MetricType.Conversion, null, inputs, null) { Conversion = parameters };
    }

    private static (ColumnPath Base, ColumnPath Conversion) Entity(YamlNodeReader r)
    {
        if (r.Node("entity") is YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            var e = r.Mapping("entity")!;
            e.Known("base", "conversion");
            return (ColumnPath.Parse(e.String("base", required: true) ?? ""), ColumnPath.Parse(e.String("conversion", required: true) ?? ""));
        }
        var column = ColumnPath.Parse(r.String("entity", required: true) ?? "");
        return (column, column);
    }
}
