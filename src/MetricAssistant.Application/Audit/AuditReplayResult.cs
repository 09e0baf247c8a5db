using System.Text.Json.Serialization;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Audit;

/// <summary>
/// An audited answer rerun: the <see cref="Verdict"/> and why, the rows then and now (their counts and SHA-256), the
/// metrics whose version differs from the recorded one and the source tables whose watermark moved, and the rows now.
/// </summary>
public sealed record AuditReplayResult(
    long EntryId,
    [property: JsonConverter(typeof(SnakeCaseEnumConverter<AuditReplayVerdict>))] AuditReplayVerdict Verdict,
    bool Identical,
    string Message,
    int RecordedRowCount,
    int? ReplayedRowCount,
    string? RecordedRowsHash,
    string? ReplayedRowsHash,
    IReadOnlyList<AuditDefinitionChange> DefinitionChanges,
    IReadOnlyList<AuditWatermarkChange> WatermarkChanges,
    IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A metric used by the answer: its version then and now (null now: no longer in the catalog).</summary>
public sealed record AuditDefinitionChange(string Metric, int RecordedVersion, int? CurrentVersion);

/// <summary>A source table whose data went to <see cref="Recorded"/> then and goes to <see cref="Current"/> now.</summary>
public sealed record AuditWatermarkChange(string Table, string? Recorded, string? Current);
