namespace MetricAssistant.Compiler.Sql;

/// <summary>DuckDB: parameters are "$name" ("@name" is a parse error there).</summary>
public sealed class DuckDbDialect : SqlDialect
{
    public static readonly DuckDbDialect Instance = new();

    public override string Name => "duckdb";

    public override string Parameter(string name) => "$" + name;

    /// <summary>DuckDB's own quantile functions (it reads WITHIN GROUP too, and rewrites it to these).</summary>
    public override string Percentile(string argument, decimal fraction, bool discrete) =>
        $"quantile_{(discrete ? "disc" : "cont")}({argument}, {fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
