using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.FollowUp;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Whether a follow-up mends an invalid question ("新增会员按渠道" then "不分渠道"): it takes a part away and what is left
/// every metric can be split and filtered by. Only then is the invalid question its context; any other follow-up (one
/// that drops another part, "只看华南" after "各区域再按渠道拆") reads against the answered question before it.
/// </summary>
internal static class MendingFollowUp
{
    public static bool Mends(SemanticCatalog catalog, FollowUpResult? followUp) =>
        followUp is { Query: var query } && followUp.Changes.Contains(FollowUpChange.Removal)
        && query.Metrics.All(id => catalog.Reach.For(id) is { } reach
            && query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).All(reach.Reaches));
}
