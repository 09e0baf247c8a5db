using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The average value of a paid order said loosely ("average paid order value", "on average, how much per paid order",
/// 平均每笔付款订单多少钱) is the average order value, not the paid orders nor the paid GMV.
/// </summary>
public sealed class PaidOrderAverageTests
{
    [Theory]
    [InlineData("average paid order value")]
    [InlineData("average paid order value by channel last quarter")]
    [InlineData("on average, how much per paid order")]
    [InlineData("平均每笔付款订单多少钱")]
    public void Average_per_paid_order_is_aov(string question) =>
        Assert.Equal(["aov"], FollowUpTestSupport.Query(question).Metrics);
}
