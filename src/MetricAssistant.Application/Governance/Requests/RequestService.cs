using System.Globalization;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Requests (提报) for metrics: anyone who may ask may request (guest too); the request is routed to the owning
/// department's reviewers; the requester and those reviewers read it and comment; only the reviewers accept,
/// decline or mark it done (with the published metric). The requester is notified of every answer: a stored
/// notification (<c>updated</c>/<c>unread</c> on their list) and the doors' <see cref="IRequestNotifier"/>s.
/// </summary>
public sealed class RequestService(
    IRequestStore store, RequestRouter router, ICatalogProvider catalogs, RequestContext context, TimeProvider time,
    IEnumerable<IRequestNotifier> notifiers, ILogger<RequestService>? logger = null)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] Settable = ["accepted", "declined", "done"];
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Stores a new open request, routed to its domain; <paramref name="door"/> is api, portal or teams.</summary>
    public async Task<(RequestView? Request, RequestFailure? Failure)> CreateAsync(
        CreateRequestBody body, Caller? authenticated, string door, TeamsConversation? teams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<string>();
        var question = Blank(body.Question);
        var title = Blank(body.Title) ?? (question is null ? null : Clip(question, RequestRules.MaxTitle));
        if (question is null) problems.Add("question is required (the question that found no metric, or what you want to measure).");
        else if (question.Length > RequestRules.MaxQuestion) problems.Add($"question is longer than {RequestRules.MaxQuestion} characters.");
        if (title is { Length: > RequestRules.MaxTitle }) problems.Add($"title is longer than {RequestRules.MaxTitle} characters.");
        if (body.Description is { Length: > RequestRules.MaxDescription }) problems.Add($"description is longer than {RequestRules.MaxDescription} characters.");
        if (problems.Count > 0) return (null, Invalid("invalid_request", string.Join(" ", problems)));

        var (caller, now, failure) = Resolve(authenticated, body.User);
        if (caller is null) return (null, failure);
        var catalog = catalogs.Current;
        var routing = await router.RouteAsync(catalog, [question, title, body.Description], now, cancellationToken);
        var request = await store.CreateAsync(new RequestDraft(title!, question!, Blank(body.Description), routing.Domain, routing.MetricId, caller.UserId, door, teams,
            time.GetUtcNow()), cancellationToken);
        log.LogInformation("Request {Id} by {User} routed to {Domain} ({Reason} {Metric}).", request.Id, caller.UserId, routing.Domain.En, routing.Reason, routing.MetricId);
        return (View(request, caller, catalog, 0), null);
    }

    /// <summary>
    /// The requests the caller may read, newest first: their own, and (unless <paramref name="mine"/>) those of the
    /// domains they review. Only <paramref name="status"/>'s when given.
    /// </summary>
    public async Task<(RequestPage? Page, RequestFailure? Failure)> ListAsync(
        Caller? authenticated, string? user, string? status, string? mine, string? limit, CancellationToken cancellationToken)
    {
        RequestStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (ParseStatus(status) is not { } parsed)
                return (null, Invalid("invalid_status", $"status must be open, accepted, declined or done (was '{Clip(status, 40)}'){Suggest(status, ["open", .. Settable])}.",
                    ["open", .. Settable]));
            filter = parsed;
        }
        bool onlyMine = false;
        if (!string.IsNullOrWhiteSpace(mine) && !bool.TryParse(mine.Trim(), out onlyMine))
            return (null, Invalid("invalid_mine", $"mine must be true or false (was '{Clip(mine, 40)}').", ["true", "false"]));
        var take = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
            return (null, Invalid("invalid_limit", $"limit must be a whole number from 1 to {MaxLimit}."));
        var (caller, _, failure) = Resolve(authenticated, user);
        if (caller is null) return (null, failure);

        var catalog = catalogs.Current;
        var reviewers = new DomainReviewers(catalog);
        var unread = await UnreadAsync(caller, cancellationToken);
        var all = await store.ListAsync(filter, MaxLimit, cancellationToken);
        var visible = all.Where(r => r.RequesterId == caller.UserId || (!onlyMine && reviewers.Reviews(caller, r.Domain))).Take(take)
            .Select(r => View(r, caller, catalog, unread.GetValueOrDefault(r.Id))).ToList();
        return (new RequestPage(visible.Count, visible.Where(v => v.Requester == caller.UserId).Sum(v => v.Unread), visible), null);
    }

    /// <summary>One request with its history and comments, for its requester (whose notifications about it are then read) or its domain's reviewers.</summary>
    public async Task<(RequestView? Request, RequestFailure? Failure)> GetAsync(Caller? authenticated, string? user, string id, CancellationToken cancellationToken)
    {
        var (request, caller, failure) = await ReadableAsync(authenticated, user, id, cancellationToken);
        if (request is null) return (null, failure);
        var unread = await UnreadAsync(caller!, cancellationToken);
        if (request.RequesterId == caller!.UserId && unread.ContainsKey(request.Id))
            await store.MarkReadAsync(request.Id, caller.UserId, time.GetUtcNow(), cancellationToken);
        return (await DetailAsync(request, caller, unread.GetValueOrDefault(request.Id), cancellationToken), null);
    }

    /// <summary>Adds a comment from the requester or a reviewer of the request's domain; a reviewer's comment notifies the requester.</summary>
    public async Task<(RequestView? Request, RequestFailure? Failure)> CommentAsync(Caller? authenticated, string id, RequestCommentBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var comment = Blank(body.Comment) ?? Blank(body.Text);
        if (comment is null) return (null, Invalid("invalid_comment", "comment is required."));
        if (comment.Length > RequestRules.MaxComment) return (null, Invalid("invalid_comment", $"comment is longer than {RequestRules.MaxComment} characters."));
        var (request, caller, failure) = await ReadableAsync(authenticated, body.User, id, cancellationToken);
        if (request is null) return (null, failure);
        var notify = request.RequesterId != caller!.UserId;
        var outcome = await store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Comment, null, comment, null, caller.UserId, time.GetUtcNow(), notify), null, cancellationToken);
        if (outcome.Event is null) return (null, new RequestFailure(RequestFailureKind.NotFound, "not_found", $"There is no request {request.Id}."));
        if (notify) await NotifyAsync(outcome.Request!, outcome.Event);
        return (await DetailAsync(outcome.Request!, caller, 0, cancellationToken), null);
    }

    /// <summary>Accepts, declines or marks a request done (with the published metric): reviewers of its domain only; the requester is notified.</summary>
    public async Task<(RequestView? Request, RequestFailure? Failure)> SetStatusAsync(Caller? authenticated, string id, RequestStatusBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body.Status))
            return (null, Invalid("invalid_status", "status is required: accepted, declined or done.", Settable));
        if (ParseStatus(body.Status) is not { } status || status == RequestStatus.Open)
            return (null, Invalid("invalid_status", $"status must be accepted, declined or done (was '{Clip(body.Status, 40)}'){Suggest(body.Status, Settable)}.", Settable));
        var comment = Blank(body.Comment);
        if (comment is { Length: > RequestRules.MaxComment }) return (null, Invalid("invalid_comment", $"comment is longer than {RequestRules.MaxComment} characters."));

        var (caller, _, callerFailure) = Resolve(authenticated, body.User);
        if (caller is null) return (null, callerFailure);
        var (request, failure) = await FindAsync(id, cancellationToken);
        if (request is null) return (null, failure);
        var catalog = catalogs.Current;
        if (!new DomainReviewers(catalog).Reviews(caller, request.Domain))
            return (null, Forbidden($"User '{caller.UserId}' may not answer requests for {request.Domain.En} ({request.Domain.Zh}): only reviewers of that domain (the access policy's governance: review, owners) may accept, decline or close them."));
        if (!RequestRules.MayMove(request.Status, status))
            return (null, Transition(request.Status, status));
        var metricId = Blank(body.MetricId);
        if (status == RequestStatus.Done)
        {
            if (metricId is null)
                return (null, Invalid("metric_required", "metricId is required for done: the id of the published metric that answers the request."));
            if (catalog.FindMetric(metricId) is null)
                return (null, Invalid("unknown_metric", $"metricId '{Clip(metricId, 100)}' is not a metric of the catalog{Suggest(metricId, catalog.Metrics.Keys)}.",
                    DidYouMean.Closest(metricId, catalog.Metrics.Keys) is { } close ? [close] : []));
        }
        else if (metricId is not null)
            return (null, Invalid("metric_not_expected", "metricId goes with done only (the published metric that answers the request)."));

        var notify = request.RequesterId != caller.UserId;
        var outcome = await store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Status, status, comment, metricId, caller.UserId, time.GetUtcNow(), notify),
            request.Status, cancellationToken);
        if (outcome.ActualStatus is { } actual)
            return (null, new RequestFailure(RequestFailureKind.Conflict, "request_moved",
                $"Request {request.Id} became {RequestRules.Name(actual)} meanwhile; {Allowed(actual)}"));
        if (outcome.Event is null) return (null, new RequestFailure(RequestFailureKind.NotFound, "not_found", $"There is no request {request.Id}."));
        if (notify) await NotifyAsync(outcome.Request!, outcome.Event);
        return (await DetailAsync(outcome.Request!, caller, 0, cancellationToken), null);
    }

    private async Task NotifyAsync(MetricRequest request, RequestEvent change)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                // The change is stored: its notice goes out even when the caller has gone.
                await notifier.NotifyAsync(request, change, CancellationToken.None);
            }
            catch (Exception error)
            {
                log.LogError(error, "Could not notify {User} about request {Id} through {Notifier}.", request.RequesterId, request.Id, notifier.GetType().Name);
            }
        }
    }

    private async Task<(MetricRequest? Request, Caller? Caller, RequestFailure? Failure)> ReadableAsync(Caller? authenticated, string? user, string id, CancellationToken cancellationToken)
    {
        var (caller, _, callerFailure) = Resolve(authenticated, user);
        if (caller is null) return (null, null, callerFailure);
        var (request, failure) = await FindAsync(id, cancellationToken);
        if (request is null) return (null, caller, failure);
        if (request.RequesterId != caller.UserId && !new DomainReviewers(catalogs.Current).Reviews(caller, request.Domain))
            return (null, caller, Forbidden($"User '{caller.UserId}' may not read request {request.Id}: only its requester and the reviewers of {request.Domain.En} ({request.Domain.Zh}) may."));
        return (request, caller, null);
    }

    private async Task<(MetricRequest? Request, RequestFailure? Failure)> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            return (null, Invalid("invalid_id", $"id must be a positive whole number (was '{Clip(id, 40)}')."));
        var request = await store.GetAsync(number, cancellationToken);
        return request is null ? (null, new RequestFailure(RequestFailureKind.NotFound, "not_found", $"There is no request {number}.")) : (request, null);
    }

    private async Task<RequestView> DetailAsync(MetricRequest request, Caller caller, int unread, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var history = await store.HistoryAsync(request.Id, cancellationToken);
        var comments = history.Where(e => e.Comment is not null)
            .Select(e => new RequestComment(e.UserId, e.Comment!, e.Time, e.UserId != request.RequesterId)).ToList();
        return View(request, caller, catalog, unread) with { History = history, Comments = comments };
    }

    private static RequestView View(MetricRequest r, Caller caller, SemanticCatalog catalog, int unread)
    {
        var reviews = new DomainReviewers(catalog).Reviews(caller, r.Domain);
        // The routing metric is the owners' lead; a requester sees it only when they may see that metric.
        var routed = r.RoutedMetricId is { } m && (reviews || new AccessEvaluator(catalog).CanSee(caller, m)) ? m : null;
        return new RequestView(r.Id.ToString(CultureInfo.InvariantCulture), r.Title, r.Question, r.Description, r.Status, r.Domain.En, r.Domain.Zh, routed,
            r.RequesterId, r.Door, r.Teams is not null, r.CreatedAt, r.UpdatedAt, r.UpdatedBy, r.MetricId,
            r.MetricId is null ? null : "/api/metrics/" + Uri.EscapeDataString(r.MetricId), unread > 0, unread, reviews,
            reviews ? RequestRules.Allowed(r.Status) : []);
    }

    private async Task<Dictionary<long, int>> UnreadAsync(Caller caller, CancellationToken cancellationToken) =>
        (await store.NotificationsAsync(caller.UserId, cancellationToken)).Where(n => n.ReadAt is null)
            .GroupBy(n => n.RequestId).ToDictionary(g => g.Key, g => g.Count());

    private (Caller? Caller, DateTime Now, RequestFailure? Failure) Resolve(Caller? authenticated, string? user)
    {
        var (caller, now, error) = context.Resolve(authenticated, user, null);
        return caller is null ? (null, now, new RequestFailure(RequestFailureKind.UnknownCaller, error!.Code, error.Message, error.Suggestions)) : (caller, now, null);
    }

    private static RequestStatus? ParseStatus(string text) =>
        !int.TryParse(text, out _) && Enum.TryParse<RequestStatus>(text.Trim(), ignoreCase: true, out var parsed) ? parsed : null;

    private static RequestFailure Transition(RequestStatus from, RequestStatus to) => Invalid("invalid_transition",
        $"A request that is {RequestRules.Name(from)} cannot become {RequestRules.Name(to)}; {Allowed(from)}", RequestRules.Allowed(from).Select(RequestRules.Name).ToList());

    private static string Allowed(RequestStatus from) => RequestRules.Allowed(from) is { Count: > 0 } next
        ? $"from {RequestRules.Name(from)} it may become {string.Join(", ", next.Select(RequestRules.Name))}."
        : $"{RequestRules.Name(from)} is final.";

    private static RequestFailure Invalid(string code, string message, IReadOnlyList<string>? suggestions = null) => new(RequestFailureKind.Invalid, code, message, suggestions ?? []);

    private static RequestFailure Forbidden(string reason) => new(RequestFailureKind.Forbidden, "forbidden", reason);

    private static string Suggest(string text, IEnumerable<string> known) =>
        DidYouMean.Closest(text.Trim(), known) is { } closest ? $" (did you mean '{closest}'?)" : "";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
