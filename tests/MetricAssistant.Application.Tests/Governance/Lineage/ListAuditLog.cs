using MetricAssistant.Application.Audit;

namespace MetricAssistant.Application.Tests.Governance.Lineage;

/// <summary>An audit trail in a list that filters as the stores do; who-asked counts go through the interface's default.</summary>
internal sealed class ListAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Entries
            .Where(e => (filter.UserId is null || e.UserId == filter.UserId) && (filter.Status is null || e.Status == filter.Status)
                && (filter.MetricId is null || e.MetricId == filter.MetricId) && (filter.From is null || e.Time >= filter.From) && (filter.To is null || e.Time < filter.To))
            .OrderByDescending(e => e.Time).Take(filter.Limit).ToList());

    public void Asked(string user, string metric, DateTimeOffset when, string status = "answered") =>
        Entries.Add(new AuditEntry(when, user, "demo", "ask", "q", status, metric, 1, null, null, 1, 1, null));
}
