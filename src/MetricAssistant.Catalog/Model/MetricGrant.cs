namespace MetricAssistant.Catalog.Model;

/// <summary>Which metrics a role may see: all, or by tag or id, minus denied tags and ids.</summary>
public sealed record MetricGrant(bool All, IReadOnlyList<string> Tags, IReadOnlyList<string> Metrics, IReadOnlyList<string> DenyTags, IReadOnlyList<string> DenyMetrics)
{
    public static readonly MetricGrant None = new(false, [], [], [], []);

    /// <summary>
    /// Whether the grant denies the metric (<c>deny_tags</c>, <c>deny_metrics</c>). A caller with several roles (their own
    /// and their groups') is denied a metric that any one of them denies, whatever the others grant: deny wins.
    /// </summary>
    public bool Denies(MetricDefinition metric) => DenyMetrics.Contains(metric.Id) || metric.Tags.Any(DenyTags.Contains);

    public bool Allows(MetricDefinition metric) =>
        (All || Metrics.Contains(metric.Id) || metric.Tags.Any(Tags.Contains))
        && !DenyMetrics.Contains(metric.Id) && !metric.Tags.Any(DenyTags.Contains);
}
