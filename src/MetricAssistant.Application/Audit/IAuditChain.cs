namespace MetricAssistant.Application.Audit;

/// <summary>An audit store that chains its entries (SQLite, PostgreSQL): one entry by id, and the chain checked end to end.</summary>
public interface IAuditChain
{
    /// <summary>The stored entry with this id, with its seal; null when there is none.</summary>
    Task<AuditEntry?> FindAsync(long id, CancellationToken cancellationToken);

    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
