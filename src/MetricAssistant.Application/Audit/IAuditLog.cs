namespace MetricAssistant.Application.Audit;

/// <summary>
/// The durable audit trail. <see cref="RecordAsync"/> returns only once the entry is stored, so an
/// answer never leaves without its record and nothing is lost when the service stops.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken);
}
