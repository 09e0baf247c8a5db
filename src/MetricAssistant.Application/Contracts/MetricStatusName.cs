using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Contracts;

/// <summary>A metric's status as the contract and the catalog endpoints spell it (<c>in_review</c>, <c>published</c>, …).</summary>
public static class MetricStatusName
{
    public static string Of(MetricStatus status) => status switch
    {
        MetricStatus.InReview => "in_review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
