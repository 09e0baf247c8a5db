using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// One version of a metric as the store keeps it: the last revision whose <c>version:</c> is <see cref="Version"/>.
/// <see cref="Revision"/> and <see cref="Yaml"/> are null only when the store has no history for the metric and the
/// current catalog's definition is its one version.
/// </summary>
public sealed record MetricVersionText(int Version, string? Yaml, MetricDocumentHeader Header, StoredRevision? Revision);
