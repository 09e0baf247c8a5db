using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// An amount said after coupons is money even when no money word is said ("orders that weren't cancelled, after coupons,
/// total"): orders not cancelled after coupons are the net GMV, not the order count.
/// </summary>
public sealed class NetOfCouponsTests
{
    [Theory]
    [InlineData("未取消订单的原价减券")]
    [InlineData("没取消的订单券后金额")]
    public void Uncancelled_orders_after_coupons_are_net_gmv(string question) =>
        Assert.Equal(["gmv_net"], FollowUpTestSupport.Query(question).Metrics);
}
