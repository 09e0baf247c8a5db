using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// SQL over one model's columns, reached through its join graph: a dimension's key and the filters on dimensions and
/// columns. Values go in as parameters, in the order the SQL reads them.
/// </summary>
internal sealed class ColumnSqlWriter(SqlDialect dialect, ParameterBag parameters)
{
    /// <summary>A dimension's key; a mapped dimension reads as its labels ("online"), not its stored values.</summary>
    public string Dimension(JoinGraph graph, SemanticModel model, DimensionDefinition dimension)
    {
        var binding = model.FindDimension(dimension.Id) ?? throw new InvalidOperationException($"model '{model.Id}' cannot reach '{dimension.Id}'");
        var (column, type) = graph.Column(binding.Column);
        if (binding.ValueMap is null) return column;
        var cases = binding.ValueMap.Select(kv => $"WHEN {column} = {ValueConverter.ToLiteral(kv.Key, type, dialect)} THEN {dialect.StringLiteral(kv.Value)}");
        return $"CASE {string.Join(" ", cases)} END";
    }

    public string QueryFilter(JoinGraph graph, SemanticModel model, PlannedFilter filter)
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

    /// <summary>A filter the definition itself carries (a measure's or a conversion's), on a column.</summary>
    public string FixedFilter(JoinGraph graph, ColumnFilter filter)
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
}
