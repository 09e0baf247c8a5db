using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Inbox;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Learning;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>
/// The owners' inbox: each owner sees what is about their domains — 👎 with comments, clarifications, questions that
/// found nothing, requests, pending examples — grouped by metric, kind and wording, with the proposal one click away.
/// </summary>
public sealed class InboxServiceTests
{
    private static readonly DateTimeOffset T0 = new(2025, 7, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly RequestHarness h = new();

    private async Task<Inbox> InboxAsync(string user, string? kind = null)
    {
        var (inbox, failure) = await h.Inbox.ReadAsync(null, user, kind, CancellationToken.None);
        Assert.Null(failure);
        return inbox!;
    }

    private static QueryDto Query(string metric) => new([metric], null, null, new TimeRangeDto("2025-06-01", "2025-07-01"));

    [Fact]
    public async Task Thumbs_down_go_to_the_owner_of_the_metric_grouped_by_wording_with_a_synonym_proposal()
    {
        await h.Feedback.AddAsync(new FeedbackEntry(T0, "east_wang", "上个月华东的流水", "gmv", false, "我要的是下单金额"), CancellationToken.None);
        await h.Feedback.AddAsync(new FeedbackEntry(T0.AddHours(1), "ceo", "本周华南的流水", "gmv", false, null), CancellationToken.None);
        await h.Feedback.AddAsync(new FeedbackEntry(T0, "ceo", "上个月的GMV", "gmv", true, null), CancellationToken.None);
        await h.Feedback.AddAsync(new FeedbackEntry(T0, "ceo", "上个月的订单数", "order_count", false, "不对"), CancellationToken.None);

        var finance = await InboxAsync("fin_li");
        var group = Assert.Single(finance.Groups);
        Assert.Equal(("gmv", InboxKind.Feedback, 2, "Finance"), (group.MetricId, group.Kind, group.Count, group.Domain));
        Assert.Equal(["本周华南的流水", "上个月华东的流水"], group.Examples.Select(e => e.Question));
        Assert.Equal(["我要的是下单金额"], group.Examples.SelectMany(e => e.Comments));
        Assert.Equal(("change", "gmv", 3), (group.Proposal!.Kind, group.Proposal.MetricId, group.Proposal.BaseVersion));
        Assert.Equal("的流水", group.Wording);
        Assert.Contains("的流水", group.Proposal.Definition["synonyms"]);
        Assert.Contains("支付GMV", TestRepository.Catalog.FindMetric("gmv")!.Name.Zh);
        Assert.Equal(TestRepository.Catalog.FindMetric("gmv")!.Synonyms.Count + 1, group.Proposal.Definition["synonyms"].Count);
        Assert.Contains("本周华南的流水", group.TypicalQuestionProposal!.Definition["typicalQuestions"]);

        var ecommerce = await InboxAsync("ecom_zhao");
        Assert.Equal(["order_count"], ecommerce.Groups.Select(g => g.MetricId));
        Assert.Equal(2, (await InboxAsync("ceo")).Groups.Count);
    }

    [Fact]
    public async Task Not_found_questions_and_requests_are_grouped_by_wording_under_no_metric_in_their_domain()
    {
        h.Audit.NotFound("上个月华东的库存周转率", "east_wang", T0);
        h.Audit.NotFound("本周华南的库存周转率", "ceo", T0.AddMinutes(5));
        h.Audit.NotFound("zzqx wvvb", "ceo", T0);
        await h.CreateAsync("按新口径统计上个月的GMV");

        // What the catalog lacks (the glossary's not_in_catalog words) goes to data governance: the reviewer of every owner.
        var ceo = await InboxAsync("ceo", InboxKind.NotFound);
        var inventory = Assert.Single(ceo.Groups, g => g.Wording == "的库存周转率");
        Assert.Null(inventory.MetricId);
        Assert.Equal((2, RequestDomain.DataGovernance.En), (inventory.Count, inventory.Domain));
        Assert.Equal(["本周华南的库存周转率", "上个月华东的库存周转率"], inventory.Examples.Select(e => e.Question));
        Assert.Null(inventory.Proposal);
        Assert.Contains(ceo.Groups, g => g.Examples[0].Question == "zzqx wvvb");
        Assert.Equal(3, ceo.Kinds[InboxKind.NotFound]);
        Assert.Equal(0, ceo.Kinds[InboxKind.Request]);

        var finance = await InboxAsync("fin_li");
        var request = Assert.Single(finance.Groups);
        Assert.Equal((InboxKind.Request, "open", "1", "Finance"), (request.Kind, request.Examples[0].Status, request.Examples[0].Ids[0], request.Domain));
        Assert.Empty((await InboxAsync("ecom_zhao")).Groups);
    }

    [Fact]
    public async Task Clarifications_and_pending_examples_go_to_their_metrics_owner()
    {
        await h.Examples.RecordAsync(new ExampleSighting("上个月客户数", ["paying_customers"], Query("paying_customers"), ExampleOrigin.Clarification, "ceo", T0), CancellationToken.None);
        await h.Examples.RecordAsync(new ExampleSighting("上个月客户数", ["paying_customers"], Query("paying_customers"), ExampleOrigin.Clarification, "east_wang", T0.AddHours(1)), CancellationToken.None);
        await h.Examples.RecordAsync(new ExampleSighting("下单的钱", ["gmv_ordered"], Query("gmv_ordered"), ExampleOrigin.Feedback, "ceo", T0), CancellationToken.None);

        var ceo = await InboxAsync("ceo");
        var clarification = Assert.Single(ceo.Groups, g => g.Kind == InboxKind.Clarification);
        Assert.Equal(("paying_customers", 2), (clarification.MetricId, clarification.Count));
        Assert.Equal(2, ceo.Groups.Count(g => g.Kind == InboxKind.PendingExample));

        var ecommerce = await InboxAsync("ecom_zhao");
        var pending = Assert.Single(ecommerce.Groups);
        Assert.Equal(("gmv_ordered", InboxKind.PendingExample, "2"), (pending.MetricId, pending.Kind, pending.Examples[0].Ids[0]));
    }

    [Fact]
    public async Task A_caller_who_reviews_nothing_has_no_inbox_and_reads_no_feedback()
    {
        foreach (var user in new[] { "guest", "east_wang" })
        {
            var (_, failure) = await h.Inbox.ReadAsync(null, user, null, CancellationToken.None);
            Assert.Equal(RequestFailureKind.Forbidden, failure!.Kind);
            Assert.Contains("reviews no metrics", failure.Message);
            Assert.Equal(RequestFailureKind.Forbidden, (await h.OwnerFeedback.ReadAsync(null, user, null, null, CancellationToken.None)).Failure!.Kind);
        }
        Assert.Equal("invalid_kind", (await h.Inbox.ReadAsync(null, "ceo", "notfound", CancellationToken.None)).Failure!.Code);
    }

    [Fact]
    public async Task Owners_read_the_feedback_on_their_own_metrics()
    {
        await h.Feedback.AddAsync(new FeedbackEntry(T0, "ceo", "上个月的GMV", "gmv", true, null), CancellationToken.None);
        await h.Feedback.AddAsync(new FeedbackEntry(T0, "ceo", "上个月的订单数", "order_count", false, "不对"), CancellationToken.None);
        var (entries, _, _) = await h.OwnerFeedback.ReadAsync(null, "ecom_zhao", null, null, CancellationToken.None);
        Assert.Equal(["order_count"], entries.Select(e => e.MetricId));
        Assert.Equal(RequestFailureKind.Forbidden, (await h.OwnerFeedback.ReadAsync(null, "ecom_zhao", "gmv", null, CancellationToken.None)).Failure!.Kind);
        var (finance, _, _) = await h.OwnerFeedback.ReadAsync(null, "fin_li", "gmv", null, CancellationToken.None);
        Assert.True(Assert.Single(finance).Helpful);
    }
}
