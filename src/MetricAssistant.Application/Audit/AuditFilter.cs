namespace MetricAssistant.Application.Audit;

/// <summary>Filters for reading the audit trail; all optional, newest first, at most <see cref="Limit"/> rows.</summary>
public sealed record AuditFilter(
    string? UserId = null,
    string? Status = null,
    string? MetricId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100);
