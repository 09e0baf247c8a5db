namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// The reference query's SQL under each version's definition (placeholders for its bound values). When a side cannot
/// be compiled its SQL is null and <see cref="FromError"/> / <see cref="ToError"/> says why.
/// </summary>
public sealed record DiffSqlDto(string? From, string? To, string? FromError = null, string? ToError = null);
