using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A description in several clauses whose parts together fit one definition: the amount before discounts with the
/// discount taken away, cancelled orders left out, is the net GMV; the amount before discounts there is what the
/// discount is taken from, never the ordered amount asked.
/// </summary>
public sealed class DescribedDifferenceTests
{
    [Theory]
    [InlineData("订单原价减去优惠之后的金额，不算取消的，上周多少")]
    [InlineData("上个月订单原价扣掉优惠后的钱，取消的不算")]
    [InlineData("本月订单原价减掉优惠，不含取消的订单，金额多少")]
    public void The_parts_fit_the_net_amount(string question) => Assert.Equal(new[] { "gmv_net" }, Query(question).Metrics);

    [Theory]
    [InlineData("上周订单原价是多少", "gmv_ordered")]
    public void An_amount_before_discounts_alone_is_still_the_ordered_one(string question, string metric) =>
        Assert.Equal(new[] { metric }, Query(question).Metrics);
}
