using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// The query a diff's SQL is compiled from: the metric over its default window (as of <c>now</c>), no split, no
/// filter, no row rules — the same query under both versions, so the SQL shows only what the definition changes.
/// </summary>
public sealed record ReferenceQueryDto(QueryDto Query, string Window, string Dialect, LocalizedText Description);
