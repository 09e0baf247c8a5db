namespace MetricAssistant.Catalog.Model;

/// <summary>Which metrics a role may see: all, or by tag or id, minus denied tags and ids.</summary>
public sealed record MetricGrant(bool All, IReadOnlyList<string> Tags, IReadOnlyList<string> Metrics, IReadOnlyList<string> DenyTags, IReadOnlyList<string> DenyMetrics)
{
    public static readonly MetricGrant None = new(false, [], [], [], []);

    public bool Allows(MetricDefinition metric) =>
        (All || Metrics.Contains(metric.Id) || metric.Tags.Any(Tags.Contains))
        && !DenyMetrics.Contains(metric.Id) && !metric.Tags.Any(DenyTags.Contains);
}
