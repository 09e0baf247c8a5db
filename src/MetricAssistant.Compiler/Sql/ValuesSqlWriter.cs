using System.Text;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// A query without metrics: the distinct values of its group-bys over its model's rows, within its filters and scope
/// (the same filters a metric's rows get, so a list never shows a value the asker's rows do not have). The time range
/// holds on the first time group's time dimension; without one the values are not limited in time.
/// </summary>
internal sealed class ValuesSqlWriter(SemanticCatalog catalog, SqlDialect dialect, ParameterBag parameters, QueryPlan plan)
{
    public string Write()
    {
        var model = plan.ValuesSource ?? throw new InvalidOperationException("the plan lists no values");
        var writer = new ComponentSqlWriter(catalog, dialect, parameters, plan);
        var columns = new ColumnSqlWriter(dialect, parameters);
        var graph = new JoinGraph(catalog, model, dialect);
        var keys = plan.GroupBy.Select(d => columns.Dimension(graph, model, d)).Concat(new ShapeKeySqlWriter(catalog, dialect, plan, writer).Keys(graph, model, metricTime: "NULL")).ToArray();
        var where = new List<string>();
        if (plan.TimeGroups.FirstOrDefault() is { } time && model.FindTimeDimension(time.Group.TimeDimension!) is { } dimension)
        {
            var (column, _) = graph.Column(dimension.Column);
            where.Add($"{column} >= {parameters.Add(ComponentSqlWriter.ToTimestamp(plan.Range.Start))}");
            where.Add($"{column} < {parameters.Add(ComponentSqlWriter.ToTimestamp(plan.Range.End))}");
        }
        where.AddRange(plan.Filters.Select(f => columns.QueryFilter(graph, model, f)));

        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin(", ", keys.Select((k, i) => $"{k} AS {dialect.Quote(plan.Columns[i].Name)}"));
        sql.Append("\nFROM ").Append(graph.From);
        foreach (var join in graph.Joins) sql.Append('\n').Append(join);
        if (where.Count > 0) sql.Append("\nWHERE ").AppendJoin("\n  AND ", where);
        sql.Append("\nGROUP BY ").AppendJoin(", ", Enumerable.Range(1, keys.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        sql.Append("\nORDER BY ").AppendJoin(", ", SqlRenderer.OrderTerms(plan, dialect));
        if (plan.Limit is { } limit) sql.Append('\n').Append(dialect.Limit(parameters.Add((long)limit)));
        return sql.ToString();
    }
}
