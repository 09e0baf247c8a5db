using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// Checks a semantic query against the catalog and resolves it into a <see cref="QueryPlan"/>.
/// Every user mistake comes back as a <see cref="CompileError"/> naming what can be used instead.
/// </summary>
public sealed class PlanBuilder(SemanticCatalog catalog)
{
    public const int MaxLimit = 100_000;
    private static readonly TimeGrain[] AllGrains = Enum.GetValues<TimeGrain>();

    public (QueryPlan? Plan, CompileError? Error) Plan(SemanticQuery query)
    {
        // Without metrics a query lists the distinct values of what it groups by; with nothing to group by it asks nothing.
        if (query.Metrics.Count == 0 && query.GroupBy.Count + query.EntityKeys.Count + query.TimeGroupings.Count == 0)
            return Fail("no_metric", "The query names no metric.", PublishedMetricIds());

        var metrics = new List<MetricDefinition>();
        foreach (var id in query.Metrics)
        {
            var metric = catalog.FindMetric(id);
            if (metric is null)
            {
                var near = NameSuggester.Nearest(id, PublishedMetricIds());
                return Fail("unknown_metric", $"Unknown metric '{id}'.{NameSuggester.Hint(near)}", near);
            }
            if (metric.Status == MetricStatus.Deprecated)
            {
                var successor = catalog.SuccessorOf(id);
                return Fail("metric_deprecated", $"Metric '{id}' is deprecated{(successor is null ? "" : $"; use '{successor.Id}' instead")}.", successor is null ? [] : [successor.Id]);
            }
            if (!metric.IsPublished) return Fail("metric_not_published", $"Metric '{id}' is {metric.Status.ToString().ToLowerInvariant()}, not published.", []);
            if (metrics.Contains(metric)) return Fail("duplicate_metric", $"Metric '{id}' is named twice.", []);
            metrics.Add(metric);
        }

        if (query.TimeRange.End < query.TimeRange.Start)
            return Fail("invalid_time_range", $"The time range {query.TimeRange} is inverted: its end comes before its start.", []);
        if (query.TimeRange.End == query.TimeRange.Start)
            return Fail("invalid_time_range", $"The time range {query.TimeRange} is empty: the end is exclusive, so it must come after the start.", []);

        var expander = new MetricExpander(catalog, query.ConversionWindow);
        var planned = metrics.Select(m => (Metric: m, Expression: expander.Expand(m))).ToList();
        var components = expander.Components;

        if (query.ConversionWindow is { } asked && components.All(c => c.Conversion is null))
            return Fail("conversion_window_not_applicable", $"A conversion window ({asked}) applies to conversion metrics only; {string.Join(", ", metrics.Select(m => m.Id))} has none.",
                catalog.Metrics.Values.Where(m => m.IsPublished && m.Calculation.Type == MetricType.Conversion).Select(m => m.Id));

        if (query.Grain is null && components.FirstOrDefault(c => c.OffsetToGrain is not null) is { } atGrainStart)
            return Fail("grain_required", $"'{MetricOf(atGrainStart, components.ToList().IndexOf(atGrainStart), planned)}' reads an input at the start of each {GrainName(atGrainStart.OffsetToGrain!.Value)}; it needs a trend (a grain: day, week, month…).",
                AllGrains.Select(GrainName));

        var tooCoarse = query.Grain is { } grain ? components.ToList().FindIndex(c => c.Time.MinGrain > grain) : -1;
        if (tooCoarse >= 0)
        {
            var coarse = components[tooCoarse];
            var allowed = AllGrains.Where(g => g >= coarse.Time.MinGrain).Select(GrainName).ToArray();
            return Fail("grain_too_fine", $"'{MetricOf(coarse, tooCoarse, planned)}' is recorded by {GrainName(coarse.Time.MinGrain)}; it can be shown by {string.Join(", ", allowed)}.", allowed);
        }

        // What every asked metric reaches: the catalog knows each one's, so none is expanded again here.
        var reachable = metrics.Count == 0
            ? catalog.Models.Values.SelectMany(m => m.Dimensions.Select(d => d.Dimension)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()
            : catalog.Reach.For(metrics[0]).Dimensions.Where(d => metrics.All(m => catalog.Reach.For(m).Reaches(d))).ToArray();
        var metricNames = metrics.Count == 0 ? "A list of values" : string.Join(", ", metrics.Select(m => m.Id));

        var groupBy = new List<DimensionDefinition>();
        foreach (var name in query.GroupBy)
        {
            var (dimension, error) = ResolveDimension(name, reachable, metricNames, "split");
            if (error is not null) return (null, error);
            if (groupBy.Contains(dimension!)) return Fail("duplicate_dimension", $"Dimension '{name}' is grouped by twice.", []);
            groupBy.Add(dimension!);
        }

        var filters = new List<PlannedFilter>();
        foreach (var filter in query.Filters.Concat(query.ScopeFilters))
        {
            var (dimension, error) = ResolveDimension(filter.Dimension, reachable, metricNames, "filtered");
            if (error is not null) return (null, error);
            if (filter.Values.Count == 0) return Fail("empty_filter", $"The filter on '{filter.Dimension}' lists no values.", dimension!.Values.Select(v => v.Code));
            foreach (var code in filter.Values)
            {
                if (dimension!.Values.Count > 0 && dimension.FindValue(code) is null)
                {
                    var near = NameSuggester.Nearest(code, dimension.Values.Select(v => v.Code));
                    return Fail("unknown_value", $"'{code}' is not a value of dimension '{dimension.Id}'.{NameSuggester.Hint(near)} Values: {string.Join(", ", dimension.Values.Take(20).Select(v => v.Code))}{(dimension.Values.Count > 20 ? ", …" : "")}.", near);
                }
            }
            filters.Add(new PlannedFilter(dimension!, filter.Operator, filter.Values.Distinct(StringComparer.Ordinal).ToArray()));
        }

        if (query.Limit is < 1 or > MaxLimit) return Fail("invalid_limit", $"The limit must be between 1 and {MaxLimit}.", []);

        var (shape, shapeError) = new ShapeResolver(catalog).Resolve(query, metrics, components, groupBy, filters);
        if (shapeError is not null) return (null, shapeError);
        var plannedMetrics = planned.Select(p => new PlannedMetric(p.Metric, p.Expression, TypeOf(p.Expression, components))).ToArray();
        var columns = OutputColumns(query, groupBy, plannedMetrics, shape!.Columns);
        var order = new List<PlannedOrder>();
        foreach (var o in query.Ordering)
        {
            var index = columns.ToList().FindIndex(c => c.Name == o.Field);
            if (index < 0)
            {
                var near = NameSuggester.Nearest(o.Field, columns.Select(c => c.Name));
                return Fail("unknown_order_field", $"Cannot order by '{o.Field}': it is not a column of the answer ({string.Join(", ", columns.Select(c => c.Name))}).", near);
            }
            order.Add(new PlannedOrder(index, o.Desc));
        }

        // A sum or count of events has no value "at" a moment: only snapshots and running totals do.
        if (query.At == ValueAt.PeriodEnd && components.FirstOrDefault(c => !c.HasValueAtEnd) is { } flow)
        {
            var atEnd = planned.Where(p => AllAtEnd(p.Expression, components)).Select(p => p.Metric.Id);
            return Fail("period_end_not_applicable", $"'{MetricOf(flow, components.ToList().IndexOf(flow), planned)}' adds up events over the period; it has no value at the period's end (only snapshot and cumulative metrics do).", atEnd);
        }

        var shift = query.Compare is { } compare ? ShiftFor(compare, query.Grain, query.TimeRange) : null;
        var plan = new QueryPlan(plannedMetrics, components, groupBy, filters, query.TimeRange, query.Grain, query.Compare, shift, columns, order, query.Limit, query.At)
        {
            TimeGroups = shape.TimeGroups,
            Entities = shape.Entities,
            Having = shape.Having,
            ValuesSource = shape.ValuesSource,
        };
        return (plan, null);
    }

    private (DimensionDefinition? Dimension, CompileError? Error) ResolveDimension(string name, IReadOnlyList<string> reachable, string metricNames, string verb)
    {
        var dimension = catalog.FindDimension(name);
        if (dimension is null)
        {
            var near = NameSuggester.Nearest(name, catalog.Dimensions.Keys);
            return (null, CompileError.Of("unknown_dimension", $"Unknown dimension '{name}'.{NameSuggester.Hint(near)} Dimensions: {string.Join(", ", catalog.Dimensions.Keys.Order(StringComparer.Ordinal))}.", near));
        }
        if (!reachable.Contains(dimension.Id))
            return (null, CompileError.Of("unreachable_dimension", $"{metricNames} cannot be {verb} by '{dimension.Id}'. It can be {verb} by: {(reachable.Count == 0 ? "nothing" : string.Join(", ", reachable))}.", reachable));
        return (dimension, null);
    }

    private static IReadOnlyList<OutputColumn> OutputColumns(SemanticQuery query, IReadOnlyList<DimensionDefinition> groupBy, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<OutputColumn> shapeKeys)
    {
        var columns = new List<OutputColumn>();
        if (query.Grain is not null) columns.Add(OutputColumn.Period());
        columns.AddRange(groupBy.Select(d => OutputColumn.Key(d.Id, d.CodeType == ColumnType.Integer ? "integer" : "string")));
        columns.AddRange(shapeKeys);
        columns.AddRange(metrics.SelectMany(m => MetricColumns(m, query.Compare)));
        return columns;
    }

    internal static IReadOnlyList<OutputColumn> MetricColumns(PlannedMetric metric, Comparison? compare)
    {
        var id = metric.Definition.Id;
        var value = new OutputColumn(id, metric.OutputType, ColumnRole.Value, id);
        if (compare is null) return [value];
        return
        [
            value,
            new($"{id}_previous", metric.OutputType, ColumnRole.Previous, id),
            new($"{id}_change", metric.OutputType, ColumnRole.Change, id),
            new($"{id}_change_pct", "number", ColumnRole.ChangePct, id),
        ];
    }

    private static string TypeOf(MetricExpression expression, IReadOnlyList<PlannedComponent> components) => expression switch
    {
        ComponentValue c => ComponentType(components[c.Index]),
        ConstantValue v => v.Value == decimal.Truncate(v.Value) ? "integer" : "decimal",
        NegatedValue n => TypeOf(n.Operand, components),
        ArithmeticValue { Operator: '/' } => "number",
        ArithmeticValue a => Widest(TypeOf(a.Left, components), TypeOf(a.Right, components)),
        _ => "number",
    };

    private static string ComponentType(PlannedComponent c)
    {
        if (c.Measure.SemiAdditive is not null || c.Measure.Aggregation is Aggregation.Avg or Aggregation.Median or Aggregation.Percentile) return "number";
        if (c.Cumulative && c.PeriodAgg == CumulativePeriodValue.Average) return "number";
        if (c.Measure.Aggregation is Aggregation.Count or Aggregation.CountDistinct or Aggregation.SumBoolean) return "integer";
        return c.Measure.ResultType switch { ColumnType.Integer => "integer", ColumnType.Decimal => "decimal", _ => "number" };
    }

    private static string Widest(string a, string b) =>
        a == "number" || b == "number" ? "number" : a == "decimal" || b == "decimal" ? "decimal" : "integer";

    /// <summary>
    /// Year over year is a year back (52 weeks for weekly rows, so Mondays stay Mondays); period over
    /// period is one row's period back when there is a grain, else the range's own length back.
    /// </summary>
    internal static PeriodShift ShiftFor(Comparison compare, TimeGrain? grain, DateRange range) => (compare, grain) switch
    {
        (Comparison.Yoy, TimeGrain.Week) => new PeriodShift(0, 364),
        (Comparison.Yoy, _) => new PeriodShift(12, 0),
        (Comparison.Pop, TimeGrain.Day) => new PeriodShift(0, 1),
        (Comparison.Pop, TimeGrain.Week) => new PeriodShift(0, 7),
        (Comparison.Pop, TimeGrain.Month) => new PeriodShift(1, 0),
        (Comparison.Pop, TimeGrain.Quarter) => new PeriodShift(3, 0),
        (Comparison.Pop, TimeGrain.Year) => new PeriodShift(12, 0),
        _ => range.IsWholeMonths ? new PeriodShift(range.Months, 0) : new PeriodShift(0, range.Days),
    };

    /// <summary>The asked metric that reads component <paramref name="index"/> (the one to name when its grain is too fine).</summary>
    private static string MetricOf(PlannedComponent component, int index, IEnumerable<(MetricDefinition Metric, MetricExpression Expression)> planned) =>
        planned.FirstOrDefault(p => Reads(p.Expression, index)).Metric?.Id ?? component.Model.Id;

    private static bool Reads(MetricExpression expression, int component) => expression switch
    {
        ComponentValue c => c.Index == component,
        NegatedValue n => Reads(n.Operand, component),
        ArithmeticValue a => Reads(a.Left, component) || Reads(a.Right, component),
        _ => false,
    };

    private static bool AllAtEnd(MetricExpression expression, IReadOnlyList<PlannedComponent> components) => expression switch
    {
        ComponentValue c => components[c.Index].HasValueAtEnd,
        NegatedValue n => AllAtEnd(n.Operand, components),
        ArithmeticValue a => AllAtEnd(a.Left, components) && AllAtEnd(a.Right, components),
        _ => true,
    };

    public static string GrainName(TimeGrain grain) => grain.ToString().ToLowerInvariant();

    private IEnumerable<string> PublishedMetricIds() => catalog.Metrics.Values.Where(m => m.IsPublished).Select(m => m.Id);

    private static (QueryPlan?, CompileError?) Fail(string code, string message, IEnumerable<string> suggestions) =>
        (null, CompileError.Of(code, message, suggestions));
}
