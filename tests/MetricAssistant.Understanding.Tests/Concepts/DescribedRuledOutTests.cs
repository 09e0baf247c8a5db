using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Meanings ruled out by a description ("不是说新增的那种", "不按下单算，也不要剔券那个", "not the running total"): what is left is
/// settled among, or asked back; the words ruled out ask for nothing.
/// </summary>
public sealed class DescribedRuledOutTests
{
    [Theory]
    [InlineData("上周的客户数，不是说新增的那种")]
    [InlineData("上个月客户数，不是指新注册的")]
    public void Customers_with_new_ones_ruled_out_ask_back_among_the_rest(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.DoesNotContain("new_customers", result.Alternatives);
        Assert.Contains("paying_customers", result.Alternatives);
        Assert.Contains("total_customers", result.Alternatives);
    }

    [Theory]
    [InlineData("去年的GMV，不按下单算，也不要剔券那个")]
    [InlineData("上个月GMV，不按下单的口径，也不要剔除优惠券的")]
    public void Gmv_with_ordered_and_net_ruled_out_is_paid_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("customers in Q2 — not new sign-ups, and not the running total of members either")]
    [InlineData("how many customers last month, not the new ones and not the running total")]
    public void Customers_with_new_and_running_total_ruled_out_are_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);
}
