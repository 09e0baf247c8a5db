using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// The owners' inbox: for the domains the caller reviews, 👎 with comments (feedback), clarifications users had to make
/// (learned from their choices), questions that found nothing (the audit trail's not_found, routed to a domain as a
/// request would be), open and accepted requests, and learned examples awaiting review — grouped by metric, kind and
/// wording, each metric group with the proposals one click away. A caller who reviews nothing gets 403 with the reason.
/// </summary>
public sealed class InboxService(
    IFeedbackStore feedback, ILearnedExampleStore examples, IAuditLog audit, IRequestStore requests, RequestRouter router,
    WordingKeys keys, ICatalogProvider catalogs, RequestContext context)
{
    /// <summary>How far back each source is read: the newest this many entries.</summary>
    public const int Window = 1000;

    /// <summary>At most this many not-found wordings (the most asked) are routed and shown.</summary>
    public const int MaxWordings = 200;

    public async Task<(Inbox? Inbox, RequestFailure? Failure)> ReadAsync(Caller? authenticated, string? user, string? kind, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(kind) && !InboxKind.All.Contains(kind.Trim()))
            return (null, new RequestFailure(RequestFailureKind.Invalid, "invalid_kind",
                $"kind must be one of {string.Join(", ", InboxKind.All)} (was '{(kind.Length > 40 ? kind[..40] : kind)}').", InboxKind.All));
        var (caller, now, error) = context.Resolve(authenticated, user, null);
        if (caller is null) return (null, new RequestFailure(RequestFailureKind.UnknownCaller, error!.Code, error.Message, error.Suggestions));
        var catalog = catalogs.Current;
        var reviewers = new DomainReviewers(catalog);
        if (!reviewers.ReviewsAny(caller))
            return (null, new RequestFailure(RequestFailureKind.Forbidden, "forbidden",
                $"User '{caller.UserId}' reviews no metrics (the access policy's governance: review, owners), so has no inbox."));

        var items = new List<InboxItem>();
        items.AddRange(await FeedbackAsync(caller, reviewers, cancellationToken));
        items.AddRange(await ExamplesAsync(caller, catalog, cancellationToken));
        items.AddRange(await NotFoundAsync(caller, catalog, reviewers, now, cancellationToken));
        items.AddRange(await RequestsAsync(caller, reviewers, cancellationToken));
        if (!string.IsNullOrWhiteSpace(kind)) items.RemoveAll(i => i.Kind != kind.Trim());

        var groups = new InboxGrouper(catalog, q => keys.Of(catalog, q)).Group(items);
        var kinds = InboxKind.All.ToDictionary(k => k, k => groups.Where(g => g.Kind == k).Sum(g => g.Count));
        return (new Inbox(caller.UserId, reviewers.Owners(caller), groups.Count, kinds, groups), null);
    }

    private async Task<IEnumerable<InboxItem>> FeedbackAsync(Caller caller, DomainReviewers reviewers, CancellationToken cancellationToken)
    {
        var entries = await feedback.ReadAsync(null, Window, cancellationToken);
        return entries.Where(e => !e.Helpful && e.MetricId is not null && reviewers.ReviewsMetric(caller, e.MetricId))
            .Select(e => new InboxItem(InboxKind.Feedback, e.MetricId, e.Question ?? "", e.UserId, e.Time, 1, e.Comment));
    }

    private async Task<IEnumerable<InboxItem>> ExamplesAsync(Caller caller, SemanticCatalog catalog, CancellationToken cancellationToken)
    {
        var rights = new ExampleReviewers(catalog);
        var list = await examples.ListAsync(null, Window, cancellationToken);
        var items = new List<InboxItem>();
        foreach (var e in list.Where(e => e.Metrics.Count > 0 && rights.MayReview(caller, e)))
        {
            var id = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var status = e.Status.ToString().ToLowerInvariant();
            if (e.Origin == ExampleOrigin.Clarification)
                items.Add(new InboxItem(InboxKind.Clarification, e.Metrics[0], e.Question, e.LastUserId, e.LastSeen, e.Count, Ref: id, Status: status));
            if (e.Status == ExampleStatus.Pending)
                items.Add(new InboxItem(InboxKind.PendingExample, e.Metrics[0], e.Question, e.LastUserId, e.LastSeen, e.Count, Ref: id, Status: status));
        }
        return items;
    }

    private async Task<IEnumerable<InboxItem>> NotFoundAsync(Caller caller, SemanticCatalog catalog, DomainReviewers reviewers, DateTime now, CancellationToken cancellationToken)
    {
        var entries = await audit.ReadAsync(new AuditFilter(Status: AnswerStatus.NotFound, Limit: Window), cancellationToken);
        var items = new List<InboxItem>();
        // Routed once per wording: the same words go to the same domain.
        foreach (var wording in entries.Where(e => !string.IsNullOrWhiteSpace(e.Question)).GroupBy(e => keys.Of(catalog, e.Question!))
                     .OrderByDescending(g => g.Count()).Take(MaxWordings))
        {
            var routing = await router.RouteAsync(catalog, [wording.First().Question], now, cancellationToken);
            if (!reviewers.Reviews(caller, routing.Domain)) continue;
            items.AddRange(wording.Select(e => new InboxItem(InboxKind.NotFound, null, e.Question!, e.UserId, e.Time, 1, Domain: routing.Domain)));
        }
        return items;
    }

    private async Task<IEnumerable<InboxItem>> RequestsAsync(Caller caller, DomainReviewers reviewers, CancellationToken cancellationToken)
    {
        var list = await requests.ListAsync(null, Window, cancellationToken);
        return list.Where(r => r.Status is RequestStatus.Open or RequestStatus.Accepted && reviewers.Reviews(caller, r.Domain))
            .Select(r => new InboxItem(InboxKind.Request, null, r.Question, r.RequesterId, r.UpdatedAt, 1, r.Description,
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), RequestRules.Name(r.Status), r.Domain));
    }
}
