namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A role of the access policy: the metrics it may see, the row rules it carries, the dimensions it
/// may not group or filter by, and what it may do with definitions (propose, review, publish).
/// </summary>
public sealed record RoleDefinition(
    string Id,
    LocalizedText Name,
    MetricGrant Metrics,
    IReadOnlyList<RowRule> RowRules,
    IReadOnlyList<string> DeniedDimensions,
    IReadOnlyList<string> Governance,
    SourceLocation Source);
