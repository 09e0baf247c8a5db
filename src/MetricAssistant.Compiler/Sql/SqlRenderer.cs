using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// Renders a plan as one SQL statement: a CTE per component, their keys united and each component
/// LEFT JOINed on them (so metrics from different facts meet on shared dimensions and periods), the
/// metric expressions over the joined values, and for a comparison the same again over the earlier range.
/// </summary>
public sealed class SqlRenderer(SemanticCatalog catalog, SqlDialect dialect)
{
    public (string Sql, IReadOnlyList<SqlParameter> Parameters) Render(QueryPlan plan)
    {
        var parameters = new ParameterBag(dialect);
        if (plan.ValuesSource is not null) return (new ValuesSqlWriter(catalog, dialect, parameters, plan).Write(), parameters.Parameters);
        var ctes = new List<string>();
        AddVariant(ctes, plan, parameters, "", plan.Range, null);
        if (plan.Shift is { } shift)
            AddVariant(ctes, plan, parameters, "prev_", new DateRange(shift.Back(plan.Range.Start), shift.Back(plan.Range.End)), plan.Grain is null ? null : shift);

        var keys = ComponentSqlWriter.KeyNames(plan).ToArray();
        var sql = new StringBuilder("WITH ");
        sql.AppendJoin(",\n", ctes);
        sql.Append("\nSELECT ").AppendJoin(", ", FinalColumns(plan, keys));
        sql.Append("\nFROM result AS r");
        if (plan.Shift is not null)
        {
            sql.Append(keys.Length == 0
                ? "\nCROSS JOIN prev_result AS p"
                : "\nLEFT JOIN prev_result AS p ON " + string.Join(" AND ", keys.Select(k => dialect.NullSafeEquals($"r.{k}", $"p.{k}"))));
        }
        if (plan.Having.Count > 0) sql.Append("\nWHERE ").AppendJoin(" AND ", plan.Having.Select(h => HavingSql(h, parameters)));
        sql.Append("\nORDER BY ").AppendJoin(", ", OrderTerms(plan));
        if (plan.Limit is { } limit) sql.Append('\n').Append(dialect.Limit(parameters.Add((long)limit)));
        return (sql.ToString(), parameters.Parameters);
    }

    private void AddVariant(List<string> ctes, QueryPlan plan, ParameterBag parameters, string prefix, DateRange range, PeriodShift? labelShift)
    {
        var writer = new ComponentSqlWriter(catalog, dialect, parameters, plan);
        var names = new List<string>();
        for (var i = 0; i < plan.Components.Count; i++)
        {
            var name = $"{prefix}c{i.ToString(CultureInfo.InvariantCulture)}";
            names.Add(name);
            ctes.Add($"{name} AS (\n  {writer.Write(plan.Components[i], range, labelShift)}\n)");
        }

        var keys = ComponentSqlWriter.KeyNames(plan).ToArray();
        var metrics = plan.Metrics.Select((m, i) => $"{MetricSql(m.Expression, plan, names)} AS m{i.ToString(CultureInfo.InvariantCulture)}");
        var body = new StringBuilder("SELECT ");
        if (keys.Length == 0)
        {
            // Ungrouped aggregates return exactly one row each.
            body.AppendJoin(", ", metrics).Append(" FROM ").AppendJoin(" CROSS JOIN ", names);
        }
        else if (names.Count == 1)
        {
            body.AppendJoin(", ", keys.Select(k => $"{names[0]}.{k}").Concat(metrics)).Append(" FROM ").Append(names[0]);
        }
        else
        {
            var keyList = string.Join(", ", keys);
            ctes.Add($"{prefix}keys AS (\n  " + string.Join("\n  UNION\n  ", names.Select(n => $"SELECT {keyList} FROM {n}")) + "\n)");
            body.AppendJoin(", ", keys.Select(k => $"k.{k}").Concat(metrics)).Append($" FROM {prefix}keys AS k");
            // A period is never NULL (rows are read within the range, periods come from a series), so it joins on plain
            // equality, which PostgreSQL can hash; a NULL-safe join is a nested loop there (every_period over a long daily range).
            foreach (var n in names)
                body.Append($"\n  LEFT JOIN {n} ON ").AppendJoin(" AND ", keys.Select(k => k == "period" ? $"{n}.period = k.period" : dialect.NullSafeEquals($"{n}.{k}", $"k.{k}")));
        }
        ctes.Add($"{prefix}result AS (\n  {body}\n)");
    }

    private string MetricSql(MetricExpression expression, QueryPlan plan, IReadOnlyList<string> names) => expression switch
    {
        ComponentValue c => plan.Components[c.Index].ZeroWhenEmpty ? $"COALESCE({names[c.Index]}.v, 0)" : $"{names[c.Index]}.v",
        ConstantValue v => v.Value.ToString(CultureInfo.InvariantCulture),
        NegatedValue n => $"(-{MetricSql(n.Operand, plan, names)})",
        ArithmeticValue { Operator: '/' } a => $"{dialect.ToDouble(MetricSql(a.Left, plan, names))} / NULLIF({MetricSql(a.Right, plan, names)}, 0)",
        ArithmeticValue a => $"({MetricSql(a.Left, plan, names)} {a.Operator} {MetricSql(a.Right, plan, names)})",
        _ => throw new InvalidOperationException("unknown metric expression"),
    };

    private IEnumerable<string> FinalColumns(QueryPlan plan, IReadOnlyList<string> keys)
    {
        var column = 0;
        foreach (var key in keys) yield return $"r.{key} AS {dialect.Quote(plan.Columns[column++].Name)}";
        for (var i = 0; i < plan.Metrics.Count; i++)
        {
            var m = $"m{i.ToString(CultureInfo.InvariantCulture)}";
            yield return $"r.{m} AS {dialect.Quote(plan.Columns[column++].Name)}";
            if (plan.Shift is null) continue;
            yield return $"p.{m} AS {dialect.Quote(plan.Columns[column++].Name)}";
            yield return $"r.{m} - p.{m} AS {dialect.Quote(plan.Columns[column++].Name)}";
            yield return $"{dialect.ToDouble($"r.{m} - p.{m}")} / NULLIF(p.{m}, 0) AS {dialect.Quote(plan.Columns[column++].Name)}";
        }
    }

    /// <summary>A metric's condition on the current value (never on the compared one); a row whose value is unknown fails it.</summary>
    private static string HavingSql(PlannedHaving having, ParameterBag parameters)
    {
        var op = having.Operator switch
        {
            MetricFilterOperator.Gt => ">",
            MetricFilterOperator.Ge => ">=",
            MetricFilterOperator.Lt => "<",
            MetricFilterOperator.Le => "<=",
            MetricFilterOperator.Eq => "=",
            MetricFilterOperator.Ne => "<>",
            _ => throw new InvalidOperationException($"unknown metric filter operator {having.Operator}"),
        };
        return $"r.m{having.MetricIndex.ToString(CultureInfo.InvariantCulture)} {op} {parameters.Add(having.Value)}";
    }

    /// <summary>The requested order, then every key ascending so that equal values still sort the same way on every engine.</summary>
    internal static IEnumerable<string> OrderTerms(QueryPlan plan, SqlDialect dialect)
    {
        var used = new HashSet<int>();
        foreach (var o in plan.Order)
        {
            if (!used.Add(o.ColumnIndex)) continue;
            yield return dialect.OrderTerm(dialect.Quote(plan.Columns[o.ColumnIndex].Name), o.Desc);
        }
        for (var i = 0; i < plan.KeyCount; i++)
            if (used.Add(i)) yield return dialect.OrderTerm(dialect.Quote(plan.Columns[i].Name), descending: false);
        if (used.Count == 0) yield return "1";
    }

    private IEnumerable<string> OrderTerms(QueryPlan plan) => OrderTerms(plan, dialect);
}
