namespace MetricAssistant.Compiler.Sql;

/// <summary>Collects bound values while SQL is written; every value in the SQL goes through here.</summary>
internal sealed class ParameterBag(SqlDialect dialect)
{
    private readonly List<SqlParameter> parameters = [];

    public IReadOnlyList<SqlParameter> Parameters => parameters;

    public string Add(object value)
    {
        var name = $"p{parameters.Count}";
        parameters.Add(new SqlParameter(name, value));
        return dialect.Parameter(name);
    }
}
