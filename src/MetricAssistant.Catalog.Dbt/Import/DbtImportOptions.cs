using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// What the importer cannot read from the semantic layer itself: the warehouse column types (dbt declares none),
/// as (table, column) → type; unknown columns are strings, time columns timestamps, measure columns decimals.
/// </summary>
public sealed record DbtImportOptions(Func<string, string, ColumnType?>? ColumnTypes = null)
{
    public static readonly DbtImportOptions Default = new();
}
