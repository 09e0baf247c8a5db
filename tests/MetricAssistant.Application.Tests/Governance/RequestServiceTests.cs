using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>
/// Requests through the service: anyone may request (guest too); the domain comes from the question's words; the
/// domain's reviewers answer (others get 403 with the reason); transitions are checked; the requester is notified
/// (a stored notification, read once they open the request, and the doors' notifiers).
/// </summary>
public sealed class RequestServiceTests
{
    private readonly RequestHarness h = new();

    [Fact]
    public async Task A_guest_may_request_and_the_question_routes_it_to_the_owner_of_the_metric_it_reads_as()
    {
        var request = await h.CreateAsync("按新口径统计上个月的GMV，剔除测试订单");
        Assert.Equal((RequestStatus.Open, "Finance", "财务部", "guest", "api"), (request.Status, request.Domain, request.DomainZh, request.Requester, request.Door));
        Assert.Equal("按新口径统计上个月的GMV，剔除测试订单", request.Title);
        var history = Assert.Single(await h.Store.HistoryAsync(long.Parse(request.Id, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None));
        Assert.Equal((RequestEventKind.Created, RequestStatus.Open, "guest"), (history.Kind, history.Status, history.UserId));
    }

    [Fact]
    public async Task Words_that_point_at_no_metric_go_to_data_governance()
    {
        var routing = await h.Router.RouteAsync(TestRepository.Catalog, ["zzqx wvvb"], new DateTime(2025, 7, 15), CancellationToken.None);
        Assert.Equal((RequestDomain.DataGovernance, null, "default"), (routing.Domain, routing.MetricId, routing.Reason));
        var lacking = await h.Router.RouteAsync(TestRepository.Catalog, ["上个月各门店的库存周转率"], new DateTime(2025, 7, 15), CancellationToken.None);
        Assert.Equal((RequestDomain.DataGovernance, "not_in_catalog"), (lacking.Domain, lacking.Reason));
        var ecommerce = await h.Router.RouteAsync(TestRepository.Catalog, ["上个月下单口径的GMV按渠道拆分"], new DateTime(2025, 7, 15), CancellationToken.None);
        Assert.Equal("E-commerce", ecommerce.Domain.En);
        Assert.Equal("gmv_ordered", ecommerce.MetricId);
    }

    [Fact]
    public async Task Only_reviewers_of_the_domain_answer_and_the_requester_is_told()
    {
        var request = await h.CreateAsync("按新口径统计上个月的GMV");

        var (_, refused) = await h.SetAsync(request.Id, "accepted", "ecom_zhao");
        Assert.Equal(RequestFailureKind.Forbidden, refused!.Kind);
        Assert.Contains("Finance", refused.Message);
        var (_, guest) = await h.SetAsync(request.Id, "accepted", "guest");
        Assert.Equal(RequestFailureKind.Forbidden, guest!.Kind);

        var (accepted, failure) = await h.SetAsync(request.Id, "accepted", "fin_li", comment: "下周评审");
        Assert.Null(failure);
        Assert.Equal((RequestStatus.Accepted, "fin_li"), (accepted!.Status, accepted.UpdatedBy));
        var (sentRequest, change) = Assert.Single(h.Notifier.Sent);
        Assert.Equal((RequestEventKind.Status, RequestStatus.Open, RequestStatus.Accepted, "下周评审"), (change.Kind, change.From, change.Status, change.Comment));
        Assert.Equal("guest", sentRequest.RequesterId);

        var (mine, _) = await h.Requests.ListAsync(null, "guest", null, "true", null, CancellationToken.None);
        var listed = Assert.Single(mine!.Requests);
        Assert.True(listed.Updated);
        Assert.Equal((1, 1), (listed.Unread, mine.Unread));
        var (opened, _) = await h.Requests.GetAsync(null, "guest", request.Id, CancellationToken.None);
        Assert.Equal(2, opened!.History!.Count);
        Assert.Equal("下周评审", Assert.Single(opened.Comments!).Comment);
        (mine, _) = await h.Requests.ListAsync(null, "guest", null, "true", null, CancellationToken.None);
        Assert.False(mine!.Requests[0].Updated);

        var (done, _) = await h.SetAsync(request.Id, "done", "ceo", metricId: "gmv");
        Assert.Equal((RequestStatus.Done, "gmv", "/api/metrics/gmv"), (done!.Status, done.MetricId, done.MetricLink));
        Assert.Equal(2, h.Notifier.Sent.Count);
        // Nothing overwritten: every step is in the history, in order.
        Assert.Equal([RequestStatus.Open, RequestStatus.Accepted, RequestStatus.Done], done.History!.Select(e => e.Status!.Value));
    }

    [Fact]
    public async Task Transitions_and_bad_input_are_400s_with_the_reason()
    {
        var request = await h.CreateAsync("按新口径统计上个月的GMV");
        Assert.Equal(RequestFailureKind.Invalid, (await h.SetAsync(request.Id, "open", "fin_li")).Failure!.Kind);
        var typo = (await h.SetAsync(request.Id, "acepted", "fin_li")).Failure!;
        Assert.Contains("did you mean 'accepted'", typo.Message);
        var noMetric = (await h.SetAsync(request.Id, "done", "fin_li")).Failure!;
        Assert.Equal("metric_required", noMetric.Code);
        var unknown = (await h.SetAsync(request.Id, "done", "fin_li", metricId: "gmvv")).Failure!;
        Assert.Equal(("unknown_metric", "gmv"), (unknown.Code, unknown.Suggestions![0]));

        await h.SetAsync(request.Id, "declined", "fin_li", comment: "已有支付GMV");
        var final = (await h.SetAsync(request.Id, "accepted", "fin_li")).Failure!;
        Assert.Equal(("invalid_transition", RequestFailureKind.Invalid), (final.Code, final.Kind));
        Assert.Contains("declined is final", final.Message);

        Assert.Equal(RequestFailureKind.NotFound, (await h.SetAsync("999", "accepted", "fin_li")).Failure!.Kind);
        Assert.Equal(RequestFailureKind.Invalid, (await h.SetAsync("abc", "accepted", "fin_li")).Failure!.Kind);
        var (_, empty) = await h.Requests.CreateAsync(new CreateRequestBody("t", " ", null, "guest"), null, "api", null, CancellationToken.None);
        Assert.Equal("invalid_request", empty!.Code);
        var (_, nobody) = await h.Requests.CreateAsync(new CreateRequestBody(null, "库存", null, "mallory"), null, "api", null, CancellationToken.None);
        Assert.Equal(RequestFailureKind.UnknownCaller, nobody!.Kind);
    }

    [Fact]
    public async Task Requesters_and_reviewers_read_and_comment_others_get_403()
    {
        var finance = await h.CreateAsync("按新口径统计上个月的GMV", "east_wang");
        var ecommerce = await h.CreateAsync("上个月下单口径的GMV按渠道拆分", "guest");

        Assert.Equal(RequestFailureKind.Forbidden, (await h.Requests.GetAsync(null, "guest", finance.Id, CancellationToken.None)).Failure!.Kind);
        var (ecom, _) = await h.Requests.ListAsync(null, "ecom_zhao", null, null, null, CancellationToken.None);
        Assert.Equal([ecommerce.Id], ecom!.Requests.Select(r => r.Id));
        var (fin, _) = await h.Requests.ListAsync(null, "fin_li", null, null, null, CancellationToken.None);
        Assert.Equal([finance.Id], fin!.Requests.Select(r => r.Id));
        var (ceo, _) = await h.Requests.ListAsync(null, "ceo", "open", null, null, CancellationToken.None);
        Assert.Equal(2, ceo!.Count);
        var (ceoMine, _) = await h.Requests.ListAsync(null, "ceo", null, "true", null, CancellationToken.None);
        Assert.Empty(ceoMine!.Requests);
        Assert.Equal("invalid_mine", (await h.Requests.ListAsync(null, "ceo", null, "yes", null, CancellationToken.None)).Failure!.Code);

        var (byRequester, _) = await h.Requests.CommentAsync(null, finance.Id, new RequestCommentBody("要按区域看", "east_wang"), CancellationToken.None);
        Assert.Empty(h.Notifier.Sent); // the requester's own comment tells nobody
        Assert.False(byRequester!.Updated);
        var (byOwner, _) = await h.Requests.CommentAsync(null, finance.Id, new RequestCommentBody("可以，下周给口径", "fin_li"), CancellationToken.None);
        Assert.Equal(["要按区域看", "可以，下周给口径"], byOwner!.Comments!.Select(c => c.Comment));
        Assert.Equal([false, true], byOwner.Comments!.Select(c => c.Reviewer));
        Assert.Single(h.Notifier.Sent);
        Assert.Equal(RequestFailureKind.Forbidden, (await h.Requests.CommentAsync(null, finance.Id, new RequestCommentBody("hi", "ecom_zhao"), CancellationToken.None)).Failure!.Kind);
        Assert.Equal("invalid_comment", (await h.Requests.CommentAsync(null, finance.Id, new RequestCommentBody("", "fin_li"), CancellationToken.None)).Failure!.Code);
    }

    [Fact]
    public async Task A_status_change_decided_against_a_status_that_moved_is_refused_by_the_store()
    {
        var request = await h.CreateAsync("按新口径统计上个月的GMV");
        var id = long.Parse(request.Id, System.Globalization.CultureInfo.InvariantCulture);
        await h.SetAsync(request.Id, "declined", "fin_li");
        var outcome = await h.Store.AppendAsync(id, new RequestChange(RequestEventKind.Status, RequestStatus.Accepted, null, null, "ceo", h.Time.GetUtcNow(), true), RequestStatus.Open,
            CancellationToken.None);
        Assert.Null(outcome.Event);
        Assert.Equal(RequestStatus.Declined, outcome.ActualStatus);
        Assert.Equal(2, (await h.Store.HistoryAsync(id, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData(RequestStatus.Open, RequestStatus.Accepted, true)]
    [InlineData(RequestStatus.Open, RequestStatus.Done, true)]
    [InlineData(RequestStatus.Accepted, RequestStatus.Declined, true)]
    [InlineData(RequestStatus.Accepted, RequestStatus.Open, false)]
    [InlineData(RequestStatus.Done, RequestStatus.Accepted, false)]
    [InlineData(RequestStatus.Declined, RequestStatus.Done, false)]
    public void Transitions(RequestStatus from, RequestStatus to, bool allowed) => Assert.Equal(allowed, RequestRules.MayMove(from, to));
}
