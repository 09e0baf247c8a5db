using System.Globalization;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// 👍/👎 for the owners of the metrics it is about: a caller who reviews metrics (the policy's governance: review,
/// owners) reads the feedback on those metrics; anyone else gets the reason they may not.
/// </summary>
public sealed class OwnerFeedback(IFeedbackStore store, ICatalogProvider catalogs, RequestContext context)
{
    public async Task<(IReadOnlyList<FeedbackEntry> Entries, int Limit, RequestFailure? Failure)> ReadAsync(
        Caller? authenticated, string? user, string? metric, string? limit, CancellationToken cancellationToken)
    {
        var take = FeedbackService.DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > FeedbackService.MaxLimit))
            return ([], 0, new RequestFailure(RequestFailureKind.Invalid, "invalid_limit", $"limit must be a whole number from 1 to {FeedbackService.MaxLimit}."));
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (caller is null) return ([], 0, new RequestFailure(RequestFailureKind.UnknownCaller, error!.Code, error.Message, error.Suggestions));
        var reviewers = new DomainReviewers(catalogs.Current);
        if (!reviewers.ReviewsAny(caller))
            return ([], 0, new RequestFailure(RequestFailureKind.Forbidden, "forbidden",
                $"Only catalog owners may read feedback: user '{caller.UserId}' reviews no metrics (the access policy's governance: review, owners)."));
        var wanted = string.IsNullOrWhiteSpace(metric) ? null : metric.Trim();
        if (wanted is not null && !reviewers.ReviewsMetric(caller, wanted))
            return ([], 0, new RequestFailure(RequestFailureKind.Forbidden, "forbidden", $"User '{caller.UserId}' does not own metric '{wanted}', so may not read its feedback."));
        var entries = await store.ReadAsync(wanted, FeedbackService.MaxLimit, cancellationToken);
        return (entries.Where(e => reviewers.ReviewsMetric(caller, e.MetricId)).Take(take).ToList(), take, null);
    }
}
