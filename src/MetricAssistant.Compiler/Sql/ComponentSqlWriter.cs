using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
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
            return new StartOfGrainSqlWriter(catalog, dialect, parameters, plan).Write(component, toGrain, queryGrain, range, labelShift);
        var offset = ComponentOffset.Of(component, plan, range, labelShift);
        (range, labelShift) = (offset.Range, offset.LabelShift);
        var timeShift = offset.TimeShift;
        if (component.Conversion is { } conversion)
            return new ConversionSqlWriter(catalog, dialect, parameters, plan, this).Write(component, conversion, range, labelShift);
        var columns = new ColumnSqlWriter(dialect, parameters);
        var graph = new JoinGraph(catalog, component.Model, dialect);
        var (time, _) = graph.Column(component.Time.Column);
        var dimensions = plan.GroupBy.Select(d => columns.Dimension(graph, component.Model, d)).ToArray();
        var where = new List<string>();
        var keys = new List<string>();
        string? spine = null;
        // The row's metric time as its time groups read it: moved forward with an offset input's rows.
        // (With time groups there is no comparison, so a label shift here is the offset's own.)
        var rowShift = timeShift ?? (component.Offset is not null ? labelShift : null);
        var metricTime = rowShift is null ? time : dialect.AddInterval(time, rowShift.IntervalText);

        if (component.Cumulative)
        {
            var cumulative = new CumulativeSqlWriter(dialect, parameters);
            if (plan.Grain is { } cumulativeGrain)
            {
                spine = cumulative.Spine(cumulativeGrain, range, labelShift, component);
                keys.Add("s.period");
            }
            where.AddRange(cumulative.Conditions(component, plan.Grain, range, time));
        }
        else
        {
            where.Add($"{time} >= {parameters.Add(ToTimestamp(range.Start))}");
            where.Add($"{time} < {parameters.Add(ToTimestamp(range.End))}");
            if (offset.TargetDays is { } days && timeShift is not null && plan.Grain is { } spineGrain)
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

        where.AddRange(component.FixedFilters.Select(f => columns.FixedFilter(graph, f)));
        where.AddRange(plan.Filters.Select(f => columns.QueryFilter(graph, component.Model, f)));

        var aggregate = new MeasureSqlWriter(dialect).Aggregate(graph, component.Measure);
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
        return semi is null ? sql.ToString() : new SemiAdditiveSqlWriter(plan).Write(sql.ToString(), keyNames[..keys.Count], semi);
    }

    public static IEnumerable<string> KeyNames(QueryPlan plan)
    {
        if (plan.Grain is not null) yield return "period";
        for (var i = 0; i < plan.GroupBy.Count; i++) yield return $"d{i.ToString(CultureInfo.InvariantCulture)}";
        for (var i = 0; i < plan.TimeGroups.Count; i++) yield return $"tg{i.ToString(CultureInfo.InvariantCulture)}";
        for (var i = 0; i < plan.Entities.Count; i++) yield return $"en{i.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The period a time falls in, as a date label (shifted onto the current periods for a comparison).</summary>
    internal string PeriodSql(TimeGrain grain, string time, PeriodShift? labelShift)
    {
        var truncated = dialect.DateTrunc(grain, time);
        return dialect.ToDate(labelShift is null ? truncated : dialect.AddInterval(truncated, labelShift.IntervalText));
    }

    internal static DateTime ToTimestamp(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
