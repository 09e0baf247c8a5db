namespace MetricAssistant.Application.Audit;

/// <summary>
/// What an answer's audit entry keeps so that it can be rerun and compared: the SQL's bound values
/// (<see cref="ParametersJson"/>, typed, see <see cref="AuditParameters"/>), the output columns (<see cref="ColumnsJson"/>),
/// the engine the SQL was written for (<see cref="Dialect"/>), the version of every metric used
/// (<see cref="MetricVersionsJson"/>, inputs of ratios and derived metrics included), the catalog store's revision
/// when known, the data watermark (how far each source table went, <see cref="WatermarkJson"/>) and the SHA-256 of the rows.
/// </summary>
public sealed record AuditReplayData(
    string ParametersJson,
    string ColumnsJson,
    string Dialect,
    string MetricVersionsJson,
    long? CatalogRevision,
    string? WatermarkJson,
    string RowsHash);
