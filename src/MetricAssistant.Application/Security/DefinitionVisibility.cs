using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Security;

/// <summary>
/// Which metric definitions a caller may read — the one rule behind the catalog endpoints, versions, lineage, the
/// portal's catalog and the Teams <c>define</c>/<c>list</c> commands. A definition is readable when the caller may
/// see the metric's values (<see cref="AccessEvaluator.CanSee"/>: its grants and those of every input) or the policy
/// publishes it (<c>definitions_public: true</c> on the metric, or one of its tags in <c>public_definition_tags</c>);
/// and, unless it is published or deprecated, only by a caller with a governance right (drafts, proposals in review
/// and retired metrics are work of the governance roles). Reading a definition never opens its values: asking is
/// still <see cref="AccessEvaluator.Check"/>'s.
/// </summary>
public sealed class DefinitionVisibility(SemanticCatalog catalog)
{
    private readonly AccessEvaluator access = new(catalog);
    private readonly GovernanceRights rights = new(catalog.Access);

    /// <summary>Whether the policy publishes this definition to everyone.</summary>
    public bool IsPublic(MetricDefinition metric) =>
        metric.DefinitionsPublic || catalog.Access.PublicDefinitionTags.Any(t => metric.Tags.Contains(t.Tag, StringComparer.Ordinal));

    public bool CanSee(Caller caller, MetricDefinition metric) =>
        (metric.Status is MetricStatus.Published or MetricStatus.Deprecated || HasGovernanceRight(caller))
        && (IsPublic(metric) || access.CanSee(caller, metric.Id));

    /// <summary>False for an unknown id as for a hidden one: callers answer both alike (no existence leak).</summary>
    public bool CanSee(Caller caller, string metricId) => catalog.FindMetric(metricId) is { } metric && CanSee(caller, metric);

    /// <summary>The metrics whose definitions the caller may read.</summary>
    public IReadOnlyList<MetricDefinition> Visible(Caller caller) => catalog.Metrics.Values.Where(m => CanSee(caller, m)).ToArray();

    /// <summary>A right to propose, review or publish over anyone's metrics.</summary>
    public bool HasGovernanceRight(Caller caller) =>
        rights.HoldsAny(caller, GovernanceRights.Propose) || rights.HoldsAny(caller, GovernanceRights.Review) || rights.HoldsAny(caller, GovernanceRights.Publish);
}
