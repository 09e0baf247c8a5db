using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// Checks and resolves the group-bys on time dimensions, date parts and entities, the conditions on metric values, and
/// for a query without metrics the model its values are read from. Each model the query reads must have what it asks
/// (a time dimension of that name, a way to the entity's key); otherwise the error names what they all have.
/// </summary>
internal sealed class ShapeResolver(SemanticCatalog catalog)
{
    public (PlannedShape? Shape, CompileError? Error) Resolve(SemanticQuery query, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<PlannedComponent> components,
        IReadOnlyList<DimensionDefinition> groupBy, IReadOnlyList<PlannedFilter> filters)
    {
        if (query.EntityKeys.FirstOrDefault(e => catalog.FindModel(e) is null) is { } missing)
        {
            var near = NameSuggester.Nearest(missing, catalog.Models.Keys);
            return Fail("unknown_entity", $"Unknown entity '{missing}'.{NameSuggester.Hint(near)} An entity is named by its model (one row per key of that model).", near);
        }
        SemanticModel? source = null;
        if (metrics.Count == 0)
        {
            if (ValuesError(query) is { } valuesError) return (null, valuesError);
            var (picked, pickError) = new ValuesSourcePicker(catalog).Pick(query, groupBy, filters);
            if (pickError is not null) return (null, pickError);
            source = picked;
        }
        IReadOnlyList<SemanticModel> models = source is not null ? [source] : components.Select(c => c.Model).DistinctBy(m => m.Id).ToArray();
        var names = new HashSet<string>(groupBy.Select(d => d.Id), StringComparer.Ordinal) { "period" };
        foreach (var m in metrics) names.Add(m.Id);
        var columns = new List<OutputColumn>();

        var times = new List<PlannedTimeGroup>();
        if (query.TimeGroupings.Count > 0 && query.Compare is not null)
            return Fail("compare_not_applicable", "A comparison lines up periods of the query's grain; it cannot be combined with time groups or date parts. Use a grain instead.", []);
        foreach (var group in query.TimeGroupings)
        {
            if ((group.Grain is null) == (group.Part is null))
                return Fail("invalid_time_group", $"A time group needs either a grain or a date part, not {(group.Grain is null ? "neither" : "both")}.", ["day", "week", "month", "quarter", "year", "dow", "doy"]);
            var (planned, error) = ResolveTime(group, source, components, models);
            if (error is not null) return (null, error);
            if (!names.Add(group.Name)) return Fail("duplicate_group", $"'{group.Name}' is grouped by twice.", []);
            times.Add(planned!);
            columns.Add(new OutputColumn(group.Name, group.Part is null ? "date" : "integer", ColumnRole.Dimension, Dimension: group.Name));
        }

        var entities = new List<PlannedEntity>();
        foreach (var id in query.EntityKeys)
        {
            var entity = catalog.FindModel(id);
            var reachable = EntitiesOf(models);
            if (entity is null || !reachable.Contains(entity.Id))
            {
                var near = NameSuggester.Nearest(id, reachable);
                return Fail(entity is null ? "unknown_entity" : "unreachable_entity",
                    $"{(entity is null ? $"Unknown entity '{id}'." : $"'{id}' cannot be reached from every model the query reads.")}{NameSuggester.Hint(near)} Entities it can be grouped by: {(reachable.Count == 0 ? "none" : string.Join(", ", reachable))}.",
                    near.Count > 0 ? near : reachable);
            }
            if (!names.Add(entity.Id)) return Fail("duplicate_group", $"'{entity.Id}' is grouped by twice (or names a dimension or metric column too).", []);
            var type = entity.FindColumn(entity.PrimaryKey)?.Type ?? ColumnType.String;
            entities.Add(new PlannedEntity(entity, type));
            columns.Add(OutputColumn.Key(entity.Id, type == ColumnType.Integer ? "integer" : "string"));
        }

        var having = new List<PlannedHaving>();
        foreach (var condition in query.MetricFilters)
        {
            var index = metrics.ToList().FindIndex(m => m.Id == condition.Metric);
            if (index < 0)
                return Fail("unknown_metric_filter", $"A condition on '{condition.Metric}' needs that metric in the query's metrics ({(metrics.Count == 0 ? "none" : string.Join(", ", metrics.Select(m => m.Id)))}).", metrics.Select(m => m.Id));
            having.Add(new PlannedHaving(index, condition.Operator, condition.Value));
        }
        return (new PlannedShape(times, entities, having, source, columns), null);
    }

    private static CompileError? ValuesError(SemanticQuery query)
    {
        if (query.Grain is not null)
            return CompileError.Of("grain_needs_metric", "A list of values has no metric time to split by a grain; group by a time dimension of the model (a time group) instead.", []);
        if (query.Compare is not null || query.At is not null || query.Explain)
            return CompileError.Of("metric_required", "Comparisons, values at a period's end and explanations need a metric.", []);
        if (query.TimeGroupings.FirstOrDefault(t => t.TimeDimension is null) is { } metricTime)
            return CompileError.Of("metric_required", $"'{metricTime.Name}' is a metric's own time; a list of values is grouped by a named time dimension.", []);
        return null;
    }

    private (PlannedTimeGroup? Group, CompileError? Error) ResolveTime(TimeGroup group, SemanticModel? source, IReadOnlyList<PlannedComponent> components, IReadOnlyList<SemanticModel> models)
    {
        // A named time dimension that is every component's own time is metric time under its own name.
        var metricTime = source is null && (group.TimeDimension is null || components.All(c => c.Time.Name == group.TimeDimension));
        if (!metricTime)
        {
            var common = models.Select(m => m.TimeDimensions.Select(t => t.Name)).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            if (!common.Contains(group.TimeDimension, StringComparer.Ordinal))
            {
                var near = NameSuggester.Nearest(group.TimeDimension!, common);
                return (null, CompileError.Of("unknown_time_dimension", $"Not every model the query reads has the time dimension '{group.TimeDimension}'.{NameSuggester.Hint(near)} Time dimensions they share: {(common.Length == 0 ? "none" : string.Join(", ", common))}.", common));
            }
        }
        foreach (var c in components)
        {
            // A running total or an input read at another time has no one row time to take a part or another time of.
            if (c.Cumulative || c.OffsetToGrain is not null || (!metricTime && c.Offset is not null))
                return (null, CompileError.Of("time_group_not_applicable", $"'{group.Name}' cannot split {(c.Cumulative ? "a running total" : "a metric read at an offset")}; use the query's grain instead.", []));
        }
        var minGrain = models.Select(m => metricTime
            ? components.Where(c => c.Model.Id == m.Id).Select(c => c.Time.MinGrain).DefaultIfEmpty(TimeGrain.Day).Max()
            : m.FindTimeDimension(group.TimeDimension!)!.MinGrain).DefaultIfEmpty(TimeGrain.Day).Max();
        if (group.Grain is { } grain && grain < minGrain)
            return (null, CompileError.Of("grain_too_fine", $"'{group.TimeDimension ?? TimeGroup.MetricTime}' is recorded by {PlanBuilder.GrainName(minGrain)}; it cannot be grouped by {PlanBuilder.GrainName(grain)}.", []));
        if (group.Part is DatePart.Day or DatePart.DayOfWeek or DatePart.DayOfYear && minGrain > TimeGrain.Day)
            return (null, CompileError.Of("grain_too_fine", $"'{group.TimeDimension ?? TimeGroup.MetricTime}' is recorded by {PlanBuilder.GrainName(minGrain)}; it has no day to take a part of.", []));
        return (new PlannedTimeGroup(group, metricTime), null);
    }

    /// <summary>The models whose key every one of <paramref name="models"/> reaches, by id.</summary>
    private IReadOnlyList<string> EntitiesOf(IReadOnlyList<SemanticModel> models) =>
        catalog.Models.Values.Where(e => e.PrimaryKey.Length > 0 && models.All(m => EntityKeys.Find(catalog, m, e) is not null))
            .Select(e => e.Id).Order(StringComparer.Ordinal).ToArray();

    private static (PlannedShape?, CompileError?) Fail(string code, string message, IEnumerable<string> suggestions) => (null, CompileError.Of(code, message, suggestions));
}
