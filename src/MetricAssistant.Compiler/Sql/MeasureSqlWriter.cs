using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// A measure as SQL: its expression over the join graph's columns, and its aggregation, spelled so that DuckDB and
/// PostgreSQL return the same value and type.
/// </summary>
internal sealed class MeasureSqlWriter(SqlDialect dialect)
{
    /// <summary>The measure's expression, aggregated.</summary>
    public string Aggregate(JoinGraph graph, MeasureDefinition measure) => Aggregate(measure, Argument(graph, measure));

    /// <summary>The measure's expression over the graph's columns, before it is aggregated.</summary>
    public string Argument(JoinGraph graph, MeasureDefinition measure)
    {
        var parsed = MeasureExpression.Parse(measure.Expression);
        var expr = parsed.Tree ?? throw new InvalidOperationException($"measure '{measure.Name}' has an invalid expression: {parsed.Error}");
        return Expression(graph, expr);
    }

    /// <summary>The measure's aggregation of <paramref name="argument"/>.</summary>
    public string Aggregate(MeasureDefinition measure, string argument)
    {
        var aggregate = measure.Aggregation switch
        {
            Aggregation.Median => dialect.Percentile(argument, 0.5m, discrete: false),
            Aggregation.Percentile => dialect.Percentile(argument, measure.Percentile?.Fraction ?? throw new InvalidOperationException($"percentile measure '{measure.Name}' has no fraction"),
                measure.Percentile.Discrete),
            // The rows where the expression holds, counted (MetricFlow's sum_boolean): a CASE reads the same on both engines.
            Aggregation.SumBoolean => $"SUM(CASE WHEN {argument} THEN 1 ELSE 0 END)",
            _ => Apply(measure.Aggregation, argument),
        };
        // SUM of integers is HUGEINT in DuckDB and NUMERIC in PostgreSQL; both engines agree on BIGINT.
        return measure.Aggregation == Aggregation.SumBoolean || (measure.Aggregation == Aggregation.Sum && measure.ResultType == ColumnType.Integer) ? dialect.ToBigInt(aggregate) : aggregate;
    }

    /// <summary>The aggregations both engines spell alike.</summary>
    public static string Apply(Aggregation aggregation, string argument) => aggregation switch
    {
        Aggregation.Sum => $"SUM({argument})",
        Aggregation.Count => $"COUNT({argument})",
        Aggregation.CountDistinct => $"COUNT(DISTINCT {argument})",
        Aggregation.Avg => $"AVG({argument})",
        Aggregation.Min => $"MIN({argument})",
        Aggregation.Max => $"MAX({argument})",
        _ => throw new InvalidOperationException($"unsupported aggregation {aggregation}"),
    };

    private static string Expression(JoinGraph graph, Expr expr) => expr switch
    {
        NameExpr n => graph.Column(ColumnPath.Parse(n.Name)).Sql,
        NumberExpr n => n.Value.ToString(CultureInfo.InvariantCulture),
        BinaryExpr b => $"({Expression(graph, b.Left)} {b.Operator} {Expression(graph, b.Right)})",
        NegateExpr n => $"(-{Expression(graph, n.Operand)})",
        _ => throw new InvalidOperationException("unknown expression node"),
    };
}
