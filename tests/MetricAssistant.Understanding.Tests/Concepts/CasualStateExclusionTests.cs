using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state taken out in casual words after a described amount or count ("取消掉的别数进去", "leave out anything that got
/// cancelled", "cancelled ones shouldn't be in there") is left out of the question, never asked for.
/// </summary>
public sealed class CasualStateExclusionTests
{
    [Theory]
    [InlineData("上周一共下了多少单？取消掉的别数进去")]
    [InlineData("上个月下了几单，退了的甭算")]
    [InlineData("上个月下了多少单，取消掉的就别算进来了")]
    [InlineData("上周的订单数，取消了的甭管")]
    [InlineData("how many orders did we get last week? don't count the ones that were cancelled")]
    [InlineData("orders last week, leave out anything that got cancelled")]
    [InlineData("order count for last week, cancelled ones shouldn't be in there")]
    [InlineData("last month's order count, cancelled orders should not be counted")]
    public void A_count_with_a_state_left_out_is_the_plain_count(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["order_count"], result.Query!.Metrics);
        Assert.Empty(result.Query.Filters);
    }

    [Theory]
    [InlineData("what were last month's orders worth after coupons, leave out anything cancelled")]
    [InlineData("上个月券后的订单金额，取消的别算")]
    public void An_amount_after_coupons_with_cancelled_left_out_is_net_gmv(string question) =>
        Assert.Equal(["gmv_net"], FollowUpTestSupport.Query(question).Metrics);
}
