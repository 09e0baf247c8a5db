using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Two full metric names, the second ruled out ("net GMV, not paid GMV", "orders, not paid orders", "下单GMV，不是支付GMV"): the
/// first is asked; the name ruled out says nothing of a state that did not happen ("not paid" asks for nothing unpaid).
/// </summary>
public sealed class NamedThenRuledOutNameTests
{
    [Theory]
    [InlineData("Net GMV for Tmall last quarter, not the paid GMV", "gmv_net")]
    [InlineData("orders last week, not the paid orders", "order_count")]
    [InlineData("paid orders last week, not all orders", "paid_order_count")]
    [InlineData("ordered GMV last month, not the paid one", "gmv_ordered")]
    [InlineData("净GMV，不是支付GMV，上个月", "gmv_net")]
    [InlineData("上个月的下单GMV，不是支付GMV", "gmv_ordered")]
    public void The_first_name_is_asked_and_the_one_ruled_out_is_not(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Fact]
    public void A_filter_said_with_the_first_name_stays()
    {
        var query = FollowUpTestSupport.Query("Net GMV for Tmall last quarter, not the paid GMV");
        Assert.Contains(query.Filters, f => f.Values.Contains("tmall"));
    }
}
