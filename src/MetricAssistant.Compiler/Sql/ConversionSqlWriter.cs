using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// Writes the SELECT of a conversion component, MetricFlow's way: the base events of the range (their periods,
/// the query's groups and filters) joined to the conversion events of the same entity (and constant properties)
/// that happen on or after them and within the window; each conversion event kept once, for the latest base event
/// before it; the conversion measure aggregated by the base event's period and groups. Events are compared by day
/// (or by the coarser grain their time columns are recorded in), as MetricFlow compares metric_time.
/// </summary>
internal sealed class ConversionSqlWriter(SemanticCatalog catalog, SqlDialect dialect, ParameterBag parameters, QueryPlan plan, ComponentSqlWriter shared)
{
    public string Write(PlannedComponent component, PlannedConversion conversion, DateRange range, PeriodShift? labelShift)
    {
        var keyNames = ComponentSqlWriter.KeyNames(plan).ToArray();
        var columns = new ColumnSqlWriter(dialect, parameters);
        var measures = new MeasureSqlWriter(dialect);
        var grain = component.Time.MinGrain > conversion.EventTime.MinGrain ? component.Time.MinGrain : conversion.EventTime.MinGrain;

        // The base events: one row each, with their period and groups, the entity and the properties held constant.
        var baseGraph = new JoinGraph(catalog, component.Model, dialect);
        var (baseTime, _) = baseGraph.Column(component.Time.Column);
        var baseColumns = new List<string>();
        if (plan.Grain is { } periodGrain) baseColumns.Add($"{shared.PeriodSql(periodGrain, baseTime, labelShift)} AS period");
        baseColumns.AddRange(plan.GroupBy.Select((d, i) => $"{columns.Dimension(baseGraph, component.Model, d)} AS d{Index(i)}"));
        baseColumns.AddRange(new ShapeKeySqlWriter(catalog, dialect, plan, shared).Keys(baseGraph, component.Model, baseTime).Zip(keyNames.Skip((plan.Grain is null ? 0 : 1) + plan.GroupBy.Count), (sql, name) => $"{sql} AS {name}"));
        baseColumns.Add($"{baseGraph.Column(conversion.BaseEntity).Sql} AS entity");
        baseColumns.AddRange(conversion.ConstantProperties.Select((p, i) => $"{baseGraph.Column(p.Base).Sql} AS cp{Index(i)}"));
        baseColumns.Add($"{EventDay(baseTime, grain)} AS event_day");
        var baseWhere = new List<string>
        {
            $"{baseTime} >= {parameters.Add(ComponentSqlWriter.ToTimestamp(range.Start))}",
            $"{baseTime} < {parameters.Add(ComponentSqlWriter.ToTimestamp(range.End))}",
        };
        baseWhere.AddRange(component.FixedFilters.Select(f => columns.FixedFilter(baseGraph, f)));
        baseWhere.AddRange(plan.Filters.Select(f => columns.QueryFilter(baseGraph, component.Model, f)));
        var baseSql = Select(baseColumns, baseGraph, baseWhere);

        // The conversion events: numbered so that each is counted once however many base events it meets.
        var eventGraph = new JoinGraph(catalog, conversion.EventModel, dialect);
        var (eventTime, _) = eventGraph.Column(conversion.EventTime.Column);
        var eventColumns = new List<string>
        {
            "ROW_NUMBER() OVER () AS event_id",
            $"{eventGraph.Column(conversion.EventEntity).Sql} AS entity",
        };
        eventColumns.AddRange(conversion.ConstantProperties.Select((p, i) => $"{eventGraph.Column(p.Conversion).Sql} AS cp{Index(i)}"));
        eventColumns.Add($"{EventDay(eventTime, grain)} AS event_day");
        eventColumns.Add($"{measures.Argument(eventGraph, conversion.EventMeasure)} AS x");
        // No conversion happens before the first base event can: reading from the range's start is the same answer, sooner.
        var eventWhere = new List<string> { $"{eventTime} >= {parameters.Add(ComponentSqlWriter.ToTimestamp(PeriodMath.Truncate(range.Start, grain)))}" };
        eventWhere.AddRange(conversion.EventFilters.Select(f => columns.FixedFilter(eventGraph, f)));
        var eventSql = Select(eventColumns, eventGraph, eventWhere);

        var on = new List<string> { "b.entity = e.entity", "b.event_day <= e.event_day" };
        on.AddRange(conversion.ConstantProperties.Select((_, i) => $"b.cp{Index(i)} = e.cp{Index(i)}"));
        if (conversion.Window is { } window) on.Add($"b.event_day > {dialect.SubtractInterval("e.event_day", window.IntervalText)}");

        var attributed = new StringBuilder("SELECT ");
        if (keyNames.Length == 0)
        {
            // Without periods or groups it does not matter which base event a conversion is tied to: each conversion once.
            attributed.Append("DISTINCT e.event_id AS event_id, e.x AS x");
        }
        else
        {
            // The latest base event wins; among base events of the same day the smallest group (MetricFlow leaves it to the engine), so every engine picks the same one.
            var order = new List<string> { "b.event_day DESC" };
            order.AddRange(keyNames.Select(k => $"b.{k} ASC NULLS LAST"));
            attributed.AppendJoin(", ", keyNames.Select(k => $"b.{k} AS {k}").Append("e.x AS x")
                .Append($"ROW_NUMBER() OVER (PARTITION BY e.event_id ORDER BY {string.Join(", ", order)}) AS pick"));
        }
        attributed.Append("\n    FROM (").Append(baseSql).Append(") AS b\n    JOIN (").Append(eventSql).Append(") AS e\n      ON ")
            .AppendJoin("\n      AND ", on);

        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin(", ", keyNames.Append($"{measures.Aggregate(conversion.EventMeasure, "x")} AS v"));
        sql.Append("\n  FROM (").Append(attributed).Append(") AS attributed");
        if (keyNames.Length > 0) sql.Append("\n  WHERE pick = 1");
        if (keyNames.Length > 0) sql.Append("\n  GROUP BY ").AppendJoin(", ", keyNames);
        return sql.ToString();
    }

    /// <summary>The event's day (or its coarser grain's first day) as a DATE.</summary>
    private string EventDay(string time, TimeGrain grain) =>
        grain == TimeGrain.Day ? dialect.ToDate(time) : dialect.ToDate(dialect.DateTrunc(grain, time));

    private static string Select(IEnumerable<string> columns, JoinGraph graph, IEnumerable<string> where)
    {
        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin(", ", columns).Append(" FROM ").Append(graph.From);
        foreach (var join in graph.Joins) sql.Append(' ').Append(join);
        sql.Append(" WHERE ").AppendJoin(" AND ", where);
        return sql.ToString();
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
