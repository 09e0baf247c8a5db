using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// Writes the SELECT of one component: its rows filtered on its own time column, grouped by the
/// period and the query's dimensions, aggregated into one column "v". Keys are named period, d0, d1….
/// </summary>
internal sealed class ComponentSqlWriter(SemanticCatalog catalog, SqlDialect dialect, ParameterBag parameters, QueryPlan plan)
{
    /// <param name="range">The range this variant covers (the comparison's range for the previous period).</param>
    /// <param name="labelShift">Added to each period label so that the comparison's periods meet the current ones.</param>
    public string Write(PlannedComponent component, DateRange range, PeriodShift? labelShift)
    {
        // A filled period has no value for the grouped dimensions, so a filter on one of them leaves it out (as in MetricFlow).
        if (component.EveryPeriod && plan.Grain is { } fillGrain && !plan.Filters.Any(f => plan.GroupBy.Any(g => g.Id == f.Dimension.Id)))
            return new PeriodSeriesSqlWriter(catalog, dialect, parameters, plan, this).EveryPeriod(component with { EveryPeriod = false }, fillGrain, range, labelShift);
        if (component.Cumulative && component.PeriodAgg != CumulativePeriodValue.Last && plan.Grain is { } coarse and not TimeGrain.Day)
            return new PeriodSeriesSqlWriter(catalog, dialect, parameters, plan, this).CumulativeByDay(component, coarse, range, labelShift);
        if (component.OffsetToGrain is { } toGrain && plan.Grain is { } queryGrain)
            return StartOfGrainSql(component, toGrain, queryGrain, range, labelShift);
        // An offset input (last year's GMV) is this component over the earlier range, its rows moved forward onto the
        // current periods: each row's own time is shifted, then bucketed (MetricFlow's rule: 5 days back by month moves
        // the last 5 days of each month into the next). Running totals and conversions shift their period labels.
        PeriodShift? timeShift = null;
        DateRange? targetDays = null;
        if (component.Offset is { } offset)
        {
            var shift = offset.ForGrain(plan.Grain);
            var target = range;
            range = new DateRange(shift.Back(range.Start), shift.Back(range.End));
            if (plan.Grain is not { } offsetGrain)
            {
                labelShift = null;
                // Without a grain only a date part of metric time needs the rows moved forward.
                if (plan.TimeGroups.Any(t => t.MetricTime)) timeShift = shift;
            }
            else if (component.Cumulative || component.Conversion is not null || WholePeriods(shift, offsetGrain)) labelShift = labelShift is null ? shift : labelShift.Plus(shift);
            // Calendar months are not a one-to-one shift of days (31 March and 30 March both read 29 February, nothing
            // reads 30 January): by day, each day of the range reads the day that far before it, as MetricFlow's time
            // spine join does. Coarser periods take each row once, moved forward; MetricFlow sums its day-by-day reads
            // there too, counting 29 February three times (its open bug dbt-labs/metricflow#1758).
            else if (shift.Months != 0 && offsetGrain == TimeGrain.Day) (timeShift, targetDays) = (shift, target);
            else timeShift = shift;
        }
        if (component.Conversion is { } conversion)
            return new ConversionSqlWriter(catalog, dialect, parameters, plan, this).Write(component, conversion, range, labelShift);
        var graph = new JoinGraph(catalog, component.Model, dialect);
        var (time, _) = graph.Column(component.Time.Column);
        var dimensions = plan.GroupBy.Select(d => DimensionSql(graph, component.Model, d)).ToArray();
        var where = new List<string>();
        var keys = new List<string>();
        string? spine = null;
        // The row's metric time as its time groups read it: moved forward with an offset input's rows.
        // (With time groups there is no comparison, so a label shift here is the offset's own.)
        var rowShift = timeShift ?? (component.Offset is not null ? labelShift : null);
        var metricTime = rowShift is null ? time : dialect.AddInterval(time, rowShift.IntervalText);

        if (component.Cumulative && plan.Grain is { } cumulativeGrain)
        {
            spine = SpineSql(cumulativeGrain, range, labelShift, component);
            keys.Add("s.period");
            where.Add($"{time} < s.period_end");
            if (component.Windowed)
            {
                // Rows before the range's start are read: the first periods' windows reach back before it.
                where.Add($"{time} >= s.window_start");
                where.Add($"{time} >= {parameters.Add(ToTimestamp(WindowStart(component, FirstPeriodEnd(cumulativeGrain, range))))}");
                where.Add($"{time} < {parameters.Add(ToTimestamp(range.End))}");
            }
        }
        else if (component.Cumulative)
        {
            if (component.Windowed) where.Add($"{time} >= {parameters.Add(ToTimestamp(WindowStart(component, range.End)))}");
            where.Add($"{time} < {parameters.Add(ToTimestamp(range.End))}");
        }
        else
        {
            where.Add($"{time} >= {parameters.Add(ToTimestamp(range.Start))}");
            where.Add($"{time} < {parameters.Add(ToTimestamp(range.End))}");
            if (targetDays is { } days && timeShift is not null && plan.Grain is { } spineGrain)
            {
                var first = parameters.Add(ToTimestamp(days.Start));
                var last = parameters.Add(ToTimestamp(days.End.AddDays(-1)));
                spine = $"(SELECT {dialect.ToDate("g.gs")} AS d, {dialect.ToDate(dialect.SubtractInterval("g.gs", timeShift.IntervalText))} AS source_day FROM {dialect.Series(first, last, "1 day", "g", "gs")}) AS s";
                where.Add($"{dialect.ToDate(dialect.DateTrunc(TimeGrain.Day, time))} = s.source_day");
                keys.Add(PeriodSql(spineGrain, "s.d", labelShift));
                metricTime = "s.d";
            }
            else if (plan.Grain is { } grain) keys.Add(PeriodSql(grain, timeShift is null ? time : dialect.AddInterval(time, timeShift.IntervalText), labelShift));
        }
        keys.AddRange(dimensions);
        keys.AddRange(new ShapeKeySqlWriter(catalog, dialect, plan, this).Keys(graph, component.Model, metricTime));

        where.AddRange(component.FixedFilters.Select(f => FixedFilterSql(graph, f)));
        where.AddRange(plan.Filters.Select(f => QueryFilterSql(graph, component.Model, f)));

        var aggregate = AggregateSql(graph, component.Measure);
        var keyNames = KeyNames(plan).ToArray();
        var semi = component.Measure.SemiAdditive;

        var select = new List<string>();
        for (var i = 0; i < keys.Count; i++) select.Add($"{keys[i]} AS {keyNames[i]}");
        if (semi is not null)
        {
            var (snapshot, _) = graph.Column(component.Model.FindTimeDimension(semi.TimeDimension)?.Column ?? component.Time.Column);
            select.Add($"{snapshot} AS snapshot");
        }
        select.Add($"{aggregate} AS v");

        var sql = new StringBuilder();
        sql.Append("SELECT ").AppendJoin(", ", select);
        sql.Append("\n  FROM ").Append(spine is null ? graph.From : $"{spine}\n  CROSS JOIN {graph.From}");
        foreach (var join in graph.Joins) sql.Append("\n  ").Append(join);
        sql.Append("\n  WHERE ").AppendJoin("\n    AND ", where);
        var groupCount = keys.Count + (semi is null ? 0 : 1);
        if (groupCount > 0) sql.Append("\n  GROUP BY ").AppendJoin(", ", Enumerable.Range(1, groupCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (semi is null) return sql.ToString();

        // Semi-additive: the measure's own aggregation per snapshot, then the period aggregation across snapshots,
        // or at the period's end the last snapshot the period has (per period of a trend; MAX keeps the one value and its type).
        var outerKeys = keyNames.Take(keys.Count).ToArray();
        var outer = new StringBuilder("SELECT ");
        // The measure's own choice (MetricFlow's window_choice) wins; "at: period_end" asks an averaged snapshot for its last one.
        var choice = semi.Choice ?? (plan.At == ValueAt.PeriodEnd ? WindowChoice.Max : (WindowChoice?)null);
        if (choice is { } chosen)
        {
            var partition = plan.Grain is null ? "" : "PARTITION BY period";
            var (pick, alias) = chosen == WindowChoice.Min ? ("MIN", "first_snapshot") : ("MAX", "last_snapshot");
            outer.AppendJoin(", ", outerKeys.Append("MAX(v) AS v"));
            outer.Append($"\n  FROM (SELECT snapshots.*, {pick}(snapshot) OVER (").Append(partition).Append($") AS {alias}")
                .Append("\n  FROM (").Append(sql).Append(") AS snapshots) AS ranked\n  WHERE snapshot = ").Append(alias);
        }
        else
        {
            outer.AppendJoin(", ", outerKeys.Append($"{AggregationSql(semi.PeriodAggregation, "v")} AS v"));
            outer.Append("\n  FROM (").Append(sql).Append(") AS snapshots");
        }
        if (outerKeys.Length > 0) outer.Append("\n  GROUP BY ").AppendJoin(", ", outerKeys);
        return outer.ToString();
    }

    public static IEnumerable<string> KeyNames(QueryPlan plan)
    {
        if (plan.Grain is not null) yield return "period";
        for (var i = 0; i < plan.GroupBy.Count; i++) yield return $"d{i.ToString(CultureInfo.InvariantCulture)}";
        for (var i = 0; i < plan.TimeGroups.Count; i++) yield return $"tg{i.ToString(CultureInfo.InvariantCulture)}";
        for (var i = 0; i < plan.Entities.Count; i++) yield return $"en{i.ToString(CultureInfo.InvariantCulture)}";
    }

    private string SpineSql(TimeGrain grain, DateRange range, PeriodShift? labelShift, PlannedComponent component)
    {
        var first = parameters.Add(ToTimestamp(PeriodMath.Truncate(range.Start, grain)));
        var last = parameters.Add(ToTimestamp(PeriodMath.Truncate(range.End.AddDays(-1), grain)));
        var end = parameters.Add(ToTimestamp(range.End));
        var label = labelShift is null ? "g.gs" : dialect.AddInterval("g.gs", labelShift.IntervalText);
        var periodEnd = dialect.ToDate(dialect.AddInterval("g.gs", PeriodMath.IntervalOf(grain)));
        var periods = $"SELECT {dialect.ToDate(label)} AS period, LEAST({periodEnd}, {dialect.ToDate(end)}) AS period_end FROM {dialect.Series(first, last, PeriodMath.IntervalOf(grain), "g", "gs")}";
        if (!component.Windowed) return $"({periods}) AS s";
        // Each period's window ends with the period (or the range): the trailing window, or the start of its grain-to-date.
        var windowStart = component.Window is { } window
            ? dialect.ToDate(dialect.SubtractInterval("p.period_end", window.IntervalText))
            : dialect.ToDate(dialect.DateTrunc(component.GrainToDate!.Value, dialect.SubtractInterval("p.period_end", "1 day")));
        return $"(SELECT p.period, p.period_end, {windowStart} AS window_start FROM ({periods}) AS p) AS s";
    }

    /// <summary>A shift by whole periods of the grain moves each period onto another whole one: its label moves.</summary>
    private static bool WholePeriods(PeriodShift shift, TimeGrain grain) => grain switch
    {
        TimeGrain.Day => shift.Months == 0,
        TimeGrain.Week => shift.Months == 0 && shift.Days % 7 == 0,
        TimeGrain.Month => shift.Days == 0,
        TimeGrain.Quarter => shift.Days == 0 && shift.Months % 3 == 0,
        TimeGrain.Year => shift.Days == 0 && shift.Months % 12 == 0,
        _ => false,
    };

    /// <summary>
    /// MetricFlow's offset_to_grain: each period of the query takes the input's value on one day, the first day of the
    /// offset grain its own first day falls in (by day, every day of June reads 1 June; by week, the week of Monday
    /// 3 June reads 1 June). The input is computed by day over those days and joined to the query's periods.
    /// </summary>
    private string StartOfGrainSql(PlannedComponent component, TimeGrain toGrain, TimeGrain grain, DateRange range, PeriodShift? labelShift)
    {
        var firstPeriod = PeriodMath.Truncate(range.Start, grain);
        var lastPeriod = PeriodMath.Truncate(range.End.AddDays(-1), grain);
        var days = new DateRange(PeriodMath.Truncate(firstPeriod, toGrain), PeriodMath.Truncate(lastPeriod, toGrain).AddDays(1));
        var inner = new ComponentSqlWriter(catalog, dialect, parameters, plan with { Grain = TimeGrain.Day })
            .Write(component with { OffsetToGrain = null }, days, null);
        var first = parameters.Add(ToTimestamp(firstPeriod));
        var last = parameters.Add(ToTimestamp(lastPeriod));
        var label = labelShift is null ? "g.gs" : dialect.AddInterval("g.gs", labelShift.IntervalText);
        var periods = $"SELECT {dialect.ToDate(label)} AS period, {dialect.ToDate(dialect.DateTrunc(toGrain, "g.gs"))} AS anchor FROM {dialect.Series(first, last, PeriodMath.IntervalOf(grain), "g", "gs")}";
        var select = KeyNames(plan).Select(k => k == "period" ? "s.period AS period" : $"i.{k} AS {k}").Append("i.v AS v");
        return $"SELECT {string.Join(", ", select)}\n  FROM ({periods}) AS s\n  JOIN ({inner}) AS i ON i.period = s.anchor";
    }

    private static DateOnly FirstPeriodEnd(TimeGrain grain, DateRange range)
    {
        var next = PeriodMath.Next(PeriodMath.Truncate(range.Start, grain), grain);
        return next < range.End ? next : range.End;
    }

    /// <summary>Where a windowed cumulative's window starts when it ends at <paramref name="end"/> (exclusive).</summary>
    private static DateOnly WindowStart(PlannedComponent component, DateOnly end) =>
        component.Window is { } window ? window.Before(end) : PeriodMath.Truncate(end.AddDays(-1), component.GrainToDate!.Value);

    internal string PeriodSql(TimeGrain grain, string time, PeriodShift? labelShift)
    {
        var truncated = dialect.DateTrunc(grain, time);
        return dialect.ToDate(labelShift is null ? truncated : dialect.AddInterval(truncated, labelShift.IntervalText));
    }

    internal string DimensionSql(JoinGraph graph, SemanticModel model, DimensionDefinition dimension)
    {
        var binding = model.FindDimension(dimension.Id) ?? throw new InvalidOperationException($"model '{model.Id}' cannot reach '{dimension.Id}'");
        var (column, type) = graph.Column(binding.Column);
        if (binding.ValueMap is null) return column;
        var cases = binding.ValueMap.Select(kv => $"WHEN {column} = {ValueConverter.ToLiteral(kv.Key, type, dialect)} THEN {dialect.StringLiteral(kv.Value)}");
        return $"CASE {string.Join(" ", cases)} END";
    }

    internal string QueryFilterSql(JoinGraph graph, SemanticModel model, PlannedFilter filter)
    {
        var binding = model.FindDimension(filter.Dimension.Id) ?? throw new InvalidOperationException($"model '{model.Id}' cannot reach '{filter.Dimension.Id}'");
        var (column, type) = graph.Column(binding.Column);
        // A mapped dimension filters on the underlying column: "online" becomes is_online = TRUE.
        var raw = binding.ValueMap is null
            ? filter.Codes
            : filter.Codes.SelectMany(code => binding.ValueMap.Where(kv => kv.Value == code).Select(kv => kv.Key)).ToArray();
        var list = string.Join(", ", raw.Select(v => parameters.Add(ValueConverter.ToParameter(v, type))));
        if (list.Length == 0) return filter.Operator == QueryFilterOperator.In ? "FALSE" : "TRUE";
        return filter.Operator == QueryFilterOperator.In ? $"{column} IN ({list})" : $"{column} NOT IN ({list})";
    }

    internal string FixedFilterSql(JoinGraph graph, ColumnFilter filter)
    {
        var (column, type) = graph.Column(filter.Column);
        string List() => string.Join(", ", filter.Values.Select(v => parameters.Add(ValueConverter.ToParameter(v, type))));
        return filter.Operator switch
        {
            FilterOperator.IsNull => $"{column} IS NULL",
            FilterOperator.IsNotNull => $"{column} IS NOT NULL",
            FilterOperator.Equals => $"{column} = {parameters.Add(ValueConverter.ToParameter(filter.Values[0], type))}",
            FilterOperator.NotEquals => $"{column} <> {parameters.Add(ValueConverter.ToParameter(filter.Values[0], type))}",
            FilterOperator.In => $"{column} IN ({List()})",
            FilterOperator.NotIn => $"{column} NOT IN ({List()})",
            _ => throw new InvalidOperationException($"unsupported filter operator {filter.Operator}"),
        };
    }

    private string AggregateSql(JoinGraph graph, MeasureDefinition measure) => MeasureAggregateSql(measure, MeasureArgumentSql(graph, measure));

    /// <summary>The measure's expression over the graph's columns, before it is aggregated.</summary>
    internal string MeasureArgumentSql(JoinGraph graph, MeasureDefinition measure)
    {
        var parsed = MeasureExpression.Parse(measure.Expression);
        var expr = parsed.Tree ?? throw new InvalidOperationException($"measure '{measure.Name}' has an invalid expression: {parsed.Error}");
        return ExpressionSql(graph, expr);
    }

    /// <summary>The measure's aggregation of <paramref name="argument"/>.</summary>
    internal string MeasureAggregateSql(MeasureDefinition measure, string argument)
    {
        var aggregate = measure.Aggregation switch
        {
            Aggregation.Median => dialect.Percentile(argument, 0.5m, discrete: false),
            Aggregation.Percentile => dialect.Percentile(argument, measure.Percentile?.Fraction ?? throw new InvalidOperationException($"percentile measure '{measure.Name}' has no fraction"),
                measure.Percentile.Discrete),
            // The rows where the expression holds, counted (MetricFlow's sum_boolean): a CASE reads the same on both engines.
            Aggregation.SumBoolean => $"SUM(CASE WHEN {argument} THEN 1 ELSE 0 END)",
            _ => AggregationSql(measure.Aggregation, argument),
        };
        // SUM of integers is HUGEINT in DuckDB and NUMERIC in PostgreSQL; both engines agree on BIGINT.
        return measure.Aggregation == Aggregation.SumBoolean || (measure.Aggregation == Aggregation.Sum && measure.ResultType == ColumnType.Integer) ? dialect.ToBigInt(aggregate) : aggregate;
    }

    internal static string AggregationSql(Aggregation aggregation, string argument) => aggregation switch
    {
        Aggregation.Sum => $"SUM({argument})",
        Aggregation.Count => $"COUNT({argument})",
        Aggregation.CountDistinct => $"COUNT(DISTINCT {argument})",
        Aggregation.Avg => $"AVG({argument})",
        Aggregation.Min => $"MIN({argument})",
        Aggregation.Max => $"MAX({argument})",
        _ => throw new InvalidOperationException($"unsupported aggregation {aggregation}"),
    };

    internal string ExpressionSql(JoinGraph graph, Expr expr) => expr switch
    {
        NameExpr n => graph.Column(ColumnPath.Parse(n.Name)).Sql,
        NumberExpr n => n.Value.ToString(CultureInfo.InvariantCulture),
        BinaryExpr b => $"({ExpressionSql(graph, b.Left)} {b.Operator} {ExpressionSql(graph, b.Right)})",
        NegateExpr n => $"(-{ExpressionSql(graph, n.Operand)})",
        _ => throw new InvalidOperationException("unknown expression node"),
    };

    internal static DateTime ToTimestamp(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
