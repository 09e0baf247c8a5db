using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// The columns one metric's own definition reads (its simple calculation, or the inline operands of a ratio or
/// derived metric; metrics it is built from are theirs): the measure's columns, the fixed filters' columns, the
/// time dimension's column and, for every dimension the metric can be split by (<see cref="CatalogReach"/>), the
/// bound column — each with the join keys its path crosses, under the same <c>via</c>.
/// </summary>
public static class MetricColumns
{
    public static IReadOnlyList<SimpleCalculation> OwnCalculations(MetricDefinition metric)
    {
        var calc = metric.Calculation;
        if (calc.Type is MetricType.Simple or MetricType.Cumulative) return calc.Simple is null ? [] : [calc.Simple];
        return calc.Inputs.Select(i => i.Inline).OfType<SimpleCalculation>().ToArray();
    }

    public static IReadOnlyList<ColumnUse> Of(SemanticCatalog catalog, MetricDefinition metric)
    {
        var uses = new List<ColumnUse>();
        var dimensions = catalog.Reach.For(metric).Dimensions;
        foreach (var simple in OwnCalculations(metric))
        {
            if (catalog.FindModel(simple.Model) is not { } model) continue;
            if (model.FindMeasure(simple.Measure) is { } measure)
                foreach (var path in MeasureExpression.Parse(measure.Expression).Columns) Add(catalog, model, path, LineageVia.Measure, null);
            foreach (var filter in simple.Filters) Add(catalog, model, filter.Column, LineageVia.Filter, null);
            if (model.FindTimeDimension(simple.TimeDimension) is { } time) Add(catalog, model, time.Column, LineageVia.TimeDimension, null);
            foreach (var dimension in dimensions)
                if (model.FindDimension(dimension) is { } binding) Add(catalog, model, binding.Column, LineageVia.Dimension, dimension);
        }
        return uses.Distinct().ToArray();

        void Add(SemanticCatalog c, SemanticModel from, ColumnPath path, string via, string? dimension)
        {
            var current = from;
            var walked = new List<string>();
            foreach (var joinName in path.Joins)
            {
                if (current.FindJoin(joinName) is not { } join || c.FindModel(join.Model) is not { } target) return;
                uses.Add(new ColumnUse(metric.Id, current.Id, current.Table.ToString(), join.FromColumn, via, Prefix(walked) + join.FromColumn, dimension));
                walked.Add(joinName);
                uses.Add(new ColumnUse(metric.Id, target.Id, target.Table.ToString(), join.ToColumn, via, Prefix(walked) + join.ToColumn, dimension));
                current = target;
            }
            uses.Add(new ColumnUse(metric.Id, current.Id, current.Table.ToString(), path.Column, via, path.ToString(), dimension));
        }
    }

    private static string Prefix(List<string> joins) => joins.Count == 0 ? "" : string.Join('.', joins) + ".";
}
