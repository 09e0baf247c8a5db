using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// What the importer cannot read from the semantic layer itself: the warehouse column types (dbt declares none),
/// as (table, column) → type; unknown columns are strings, time columns timestamps, measure columns decimals.
/// </summary>
public sealed record DbtImportOptions(Func<string, string, ColumnType?>? ColumnTypes = null)
{
    public static readonly DbtImportOptions Default = new();

    /// <summary>
    /// The owning department of metrics that carry no catalog words in meta (the governance rights follow the owner,
    /// so a proposal of imported metrics names a department its author may propose for).
    /// </summary>
    public string Owner { get; init; } = "dbt";

    /// <summary>The domain of metrics that carry no catalog words in meta.</summary>
    public string Domain { get; init; } = "dbt";
}
