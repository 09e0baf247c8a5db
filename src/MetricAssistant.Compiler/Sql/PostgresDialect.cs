using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>PostgreSQL: parameters are "@name" (Npgsql rewrites them to positional ones).</summary>
public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override string Name => "postgres";

    public override string Parameter(string name) => "@" + name;

    /// <summary>
    /// A DATE passed to date_trunc would be promoted to timestamptz and truncated in the session's time
    /// zone; casting to TIMESTAMP first keeps the calendar date whatever the server's zone.
    /// </summary>
    public override string DateTrunc(TimeGrain grain, string expression) => base.DateTrunc(grain, ToTimestamp(expression));
}
