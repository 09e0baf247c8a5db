using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A metric's name governed by an inclusion word ("including unpaid orders", "包括取消的订单") is the rows counted in, never a
/// second metric asked; a name ruled out after a clause break whose first word is a glossary term's negation ("not paid GMV")
/// is found whole and ruled out as "not the paid GMV" is.
/// </summary>
public sealed class NameCountedInTests
{
    [Theory]
    [InlineData("last month's ordered GMV, including unpaid orders")]
    [InlineData("ordered GMV last month, including the unpaid orders")]
    [InlineData("上个月下单GMV，包括未付款订单")]
    [InlineData("上个月下单金额，包括没付款的订单")]
    public void An_ordered_amount_including_unpaid_orders_is_ordered_gmv_alone(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("revenue including refunded orders")]
    [InlineData("revenue last month, including refunded orders")]
    public void Revenue_including_refunded_orders_is_revenue_alone(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("order value last month, including unpaid orders")]
    [InlineData("order value last month, incl. unpaid orders")]
    public void An_order_value_including_unpaid_orders_is_no_order_count(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        var metrics = result.Query?.Metrics ?? result.Alternatives;
        Assert.NotEmpty(metrics);
        Assert.DoesNotContain("order_count", metrics);
        Assert.DoesNotContain("gmv", metrics);
        Assert.Contains("gmv_ordered", metrics);
    }

    [Theory]
    [InlineData("Tmall net GMV last quarter, not paid GMV")]
    [InlineData("net GMV on Tmall last quarter, not paid GMV please")]
    public void Net_gmv_with_paid_gmv_ruled_out_is_net_gmv(string question) =>
        Assert.Equal(["gmv_net"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("last month's orders, not paid orders")]
    [InlineData("orders last month, not paid orders")]
    public void Orders_with_paid_orders_ruled_out_are_every_order(string question) =>
        Assert.Equal(["order_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many orders were not paid")]
    [InlineData("how many unpaid orders")]
    [InlineData("how many not paid orders")]
    [InlineData("没付款的订单有多少")]
    public void Orders_said_unpaid_stay_no_governed_metric(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);
}
