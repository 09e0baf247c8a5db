namespace MetricAssistant.Application.Audit;

/// <summary>
/// The durable audit trail. <see cref="RecordAsync"/> returns only once the entry is stored, so an
/// answer never leaves without its record and nothing is lost when the service stops.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Who asked about any of <paramref name="metricIds"/> from <paramref name="from"/> (inclusive) to <paramref name="to"/>
    /// (exclusive), with how many entries each, most first (then by user). The stores count in SQL; this default, for
    /// other logs, counts what <see cref="ReadAsync"/> returns (at most 1000 entries per metric).
    /// </summary>
    async Task<IReadOnlyList<AskerCount>> CountAskersAsync(IReadOnlyCollection<string> metricIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = new List<(string User, string Metric, int Count)>();
        foreach (var metric in metricIds.Distinct(StringComparer.Ordinal))
        {
            var entries = await ReadAsync(new AuditFilter(MetricId: metric, From: from, To: to, Limit: 1000), cancellationToken);
            rows.AddRange(entries.GroupBy(e => e.UserId, StringComparer.Ordinal).Select(g => (g.Key, metric, g.Count())));
        }
        return AskerCounts.Combine(rows);
    }
}
