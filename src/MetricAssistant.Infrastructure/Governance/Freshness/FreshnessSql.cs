using Dapper;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Infrastructure.Governance.Freshness;

/// <summary>
/// The one query each engine runs for a source's freshness: the newest value of its time column, or the newest
/// <c>data_until</c> its load log records for its table. Identifiers come from the validated catalog and are quoted;
/// the table name compared in the load log is a parameter.
/// </summary>
internal static class FreshnessSql
{
    public const string LoadLogTableColumn = "table_name";
    public const string LoadLogUntilColumn = "data_until";

    public static (string Sql, DynamicParameters Parameters) For(SqlDialect dialect, FreshnessSource source)
    {
        var parameters = new DynamicParameters();
        if (source.LoadLog is { } log)
        {
            // The log names tables as the catalog writes them ("orders", "dwd.orders").
            parameters.Add("source_table", source.Table.ToString());
            var table = dialect.Table(TableName.Parse(log));
            return ($"SELECT MAX({dialect.Quote(LoadLogUntilColumn)}) FROM {table} WHERE {dialect.Quote(LoadLogTableColumn)} = {dialect.Parameter("source_table")}", parameters);
        }
        // Quoted part by part, as the compiler quotes model tables.
        return ($"SELECT MAX({dialect.Quote(source.Column ?? throw new ArgumentException("a source needs a column or a load log", nameof(source)))}) FROM {dialect.Table(source.Table)}", parameters);
    }

    /// <summary>The engine's value as a local time: timestamps as they are, dates at midnight; null for no rows.</summary>
    public static DateTime? Read(object? value) => value switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Unspecified),
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset offset => offset.DateTime,
        _ => null,
    };
}
