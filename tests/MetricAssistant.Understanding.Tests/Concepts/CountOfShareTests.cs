using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// How many of a thing whose best reading is a share of it ("how many cancellations") asks a count the catalog does not govern:
/// the share and the count of its base are offered, never the share answered for a count.
/// </summary>
public class CountOfShareTests
{
    [Theory]
    [InlineData("how many cancellations did we get yesterday")]
    [InlineData("上个月有多少取消")]
    public void How_many_of_a_shares_part_is_asked_back_with_the_share_and_its_base(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["cancel_rate", "order_count"], result.Alternatives.Take(2));
    }

    [Theory]
    [InlineData("what share of orders got cancelled last month", "cancel_rate")]
    [InlineData("上个月取消的订单占多少", "cancel_rate")]
    public void A_share_asked_as_a_share_is_still_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many members did we gain last quarter", "new_customers")]
    [InlineData("上季度一共 add 了多少会员", "new_customers")]
    [InlineData("how many people came through our doors last week", "visitors")]
    public void Everyday_words_for_new_members_and_visits(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("what was the per-head number last quarter", "arppu", "revenue_per_staff")]
    [InlineData("staffing metrics for last quarter", "avg_headcount", "revenue_per_staff")]
    public void A_general_ask_offers_the_metrics_of_its_subject(string question, string first, string second)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(first, result.Alternatives);
        Assert.Contains(second, result.Alternatives);
    }
}
