using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state counted in ("没付款的也要算进去", "even ones refunded later", "取消的也算") widens what is counted: it is never the thing
/// asked, and a metric whose filters leave it out is not the reading; the one that keeps it is.
/// </summary>
public sealed class IncludedStateTests
{
    [Theory]
    [InlineData("上个月下单的总金额，没付款的也要算进去")]
    [InlineData("上个月的订单金额，没付款的一起算进去")]
    public void An_order_amount_counting_unpaid_orders_in_is_ordered_gmv(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月顾客付了多少钱，后来退款的也算")]
    [InlineData("上周客人一共付了多少钱，退了款的也包括")]
    public void Money_paid_counting_later_refunds_in_is_paid_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("现在一共多少会员，以前注册的也都算上")]
    [InlineData("会员一共有多少，老早注册的也包括")]
    public void Members_counting_earlier_sign_ups_in_are_the_running_total(string question) =>
        Assert.Equal(["total_customers"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月下单金额，取消的也算")]
    [InlineData("ordered amount last week, including the ones that were cancelled")]
    public void An_order_amount_counting_cancelled_orders_in_keeps_every_state(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月订单数，取消的也算上")]
    [InlineData("how many orders last week, cancelled ones included")]
    public void A_count_whose_every_metric_leaves_the_state_out_is_not_found(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
    }
}
