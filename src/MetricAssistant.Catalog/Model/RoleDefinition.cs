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
    SourceLocation Source)
{
    /// <summary>In <see cref="Owners"/>: every owner's metrics.</summary>
    public const string AllOwners = "*";

    /// <summary>
    /// Whose metrics the role's governance rights apply to: owners (departments, by their English or Chinese
    /// name, as in a metric's <c>owner</c>) or <see cref="AllOwners"/>; empty means none.
    /// </summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Whether the role may read, replay and verify the audit trail (<c>audit: true</c>; default false).</summary>
    public bool Audit { get; init; }

    /// <summary>Whether the role may review <paramref name="metric"/>: it has the <c>review</c> right over the metric's owner.</summary>
    public bool Reviews(MetricDefinition metric) =>
        Governance.Contains("review") && Owners.Any(o => o == AllOwners || o == metric.Owner.En || o == metric.Owner.Zh);
}
