namespace MetricAssistant.Application.Audit;

/// <summary>For "Audit:Store = none" (tests of other parts): records nothing, reads nothing.</summary>
public sealed class NoAuditLog : IAuditLog
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);
}
