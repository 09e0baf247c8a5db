using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>
/// Who may do what, from the demo policy: finance proposes, reviews and publishes Finance's metrics; exec reviews
/// and publishes any; regional managers and e-commerce propose; e-commerce reviews E-commerce's; guest does none.
/// </summary>
public sealed class ProposalRightsTests
{
    private readonly LifecycleHarness h = new();
    private static readonly object Synonyms = new { synonyms = new[] { "订单", "订单量", "单量", "下单数", "订单笔数", "订单总数", "order count", "number of orders", "order volume", "成交单数" } };

    [Fact]
    public async Task Guest_may_not_propose_and_ecommerce_may_not_propose_for_finance()
    {
        var (_, guest) = await h.ProposeAsync("guest", "change", "order_count", Synonyms);
        Assert.Equal(GovernanceFailureKind.Forbidden, guest!.Kind);
        Assert.Contains("propose", guest.Message);

        var (_, ecommerce) = await h.ProposeAsync("ecom_zhao", "change", "gmv", new { synonyms = new[] { "GMV", "支付额" } });
        Assert.Equal(GovernanceFailureKind.Forbidden, ecommerce!.Kind);
        Assert.Contains("Finance", ecommerce.Message);

        var (created, failure) = await h.ProposeAsync("east_wang", "change", "gmv", new { typicalQuestions = new[] { "上个月的GMV是多少", "华东区上月GMV" } });
        Assert.Null(failure);
        Assert.Equal(("in_review", 3, false), (created!.Status, created.BaseVersion, created.BumpsVersion));
    }

    [Fact]
    public async Task The_author_may_not_approve_their_own_and_reviewers_need_the_owner()
    {
        var id = await h.ProposedAsync("ecom_zhao", "change", "order_count", Synonyms);

        var (_, own) = await h.ReviewAsync("ecom_zhao", id, "approve");
        Assert.Equal(GovernanceFailureKind.Forbidden, own!.Kind);
        Assert.Contains("author", own.Message);

        var (_, finance) = await h.ReviewAsync("fin_li", id, "approve");
        Assert.Equal(GovernanceFailureKind.Forbidden, finance!.Kind);
        Assert.Contains("E-commerce", finance.Message);

        var (_, manager) = await h.ReviewAsync("east_wang", id, "approve");
        Assert.Equal(GovernanceFailureKind.Forbidden, manager!.Kind);

        var (view, failure) = await h.ReviewAsync("ceo", id, "approve");
        Assert.Null(failure);
        Assert.Equal("approved", view!.Status);
        Assert.Equal(["ceo"], view.Approvals.By);
    }

    [Fact]
    public async Task Publishing_needs_the_publish_right_over_the_owner()
    {
        var id = await h.ProposedAsync("east_wang", "change", "order_count", Synonyms);
        var (_, approveFailure) = await h.ReviewAsync("ecom_zhao", id, "approve");
        Assert.Null(approveFailure);

        foreach (var user in new[] { "ecom_zhao", "east_wang", "fin_li", "guest" })
        {
            var (_, refused) = await h.PublishAsync(user, id);
            Assert.Equal(GovernanceFailureKind.Forbidden, refused!.Kind);
        }
        var (published, failure) = await h.PublishAsync("ceo", id);
        Assert.Null(failure);
        Assert.Equal(("order_count", 1, false), (published!.MetricId, published.Version, published.BumpedVersion));
    }

    [Fact]
    public async Task Finance_publishes_its_own_metrics_once_another_reviewer_approved()
    {
        var id = await h.ProposedAsync("fin_li", "change", "gmv", new { synonyms = new[] { "GMV", "成交额", "支付总额" } });
        var (_, early) = await h.PublishAsync("fin_li", id);
        Assert.Equal(GovernanceFailureKind.Forbidden, early!.Kind);
        Assert.Contains("needs 1 approval", early.Message);

        var result = await h.ApprovedAndPublishedAsync(id, reviewer: "ceo", publisher: "fin_li");
        Assert.Equal(3, result.Version);
        Assert.Contains("支付总额", h.Catalog.Current.FindMetric("gmv")!.Synonyms);
    }
}
