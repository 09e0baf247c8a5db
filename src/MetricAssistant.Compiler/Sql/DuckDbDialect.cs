namespace MetricAssistant.Compiler.Sql;

/// <summary>DuckDB: parameters are "$name" ("@name" is a parse error there).</summary>
public sealed class DuckDbDialect : SqlDialect
{
    public static readonly DuckDbDialect Instance = new();

    public override string Name => "duckdb";

    public override string Parameter(string name) => "$" + name;
}
