using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// The model a list of values is read from: one that binds every dimension the query groups and filters by (its scope
/// included, so no value outside the asker's rows is listed), has every named time dimension and reaches every entity;
/// among those the one that needs the fewest joins (the dimension's own table), then by id.
/// </summary>
internal sealed class ValuesSourcePicker(SemanticCatalog catalog)
{
    public (SemanticModel? Model, CompileError? Error) Pick(SemanticQuery query, IReadOnlyList<DimensionDefinition> groupBy, IReadOnlyList<PlannedFilter> filters)
    {
        var dimensions = groupBy.Select(d => d.Id).Concat(filters.Select(f => f.Dimension.Id)).Distinct(StringComparer.Ordinal).ToArray();
        var times = query.TimeGroupings.Select(t => t.TimeDimension).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var best = catalog.Models.Values
            .Where(m => dimensions.All(d => m.FindDimension(d) is not null) && times.All(t => m.FindTimeDimension(t) is not null)
                && query.EntityKeys.All(e => catalog.FindModel(e) is { } entity && EntityKeys.Find(catalog, m, entity) is not null))
            .OrderBy(m => dimensions.Sum(d => m.FindDimension(d)!.Column.Joins.Count) + query.EntityKeys.Sum(e => EntityKeys.Find(catalog, m, catalog.FindModel(e)!)!.Joins.Count))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is not null) return (best, null);
        var asked = dimensions.Concat(times).Concat(query.EntityKeys);
        return (null, CompileError.Of("no_common_model", $"No model has {string.Join(", ", asked)} together, so their values cannot be listed side by side; ask for fewer at once.", []));
    }
}
