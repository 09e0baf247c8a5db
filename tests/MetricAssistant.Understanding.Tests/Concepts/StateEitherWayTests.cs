using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state said to count either way ("regardless of whether they were refunded", "whether or not", "including the ones
/// never paid or cancelled", 无论付没付款) is neither asked nor left out: paid money whatever happened later is the paid GMV,
/// every order's original amount paid or cancelled is the ordered GMV.
/// </summary>
public sealed class StateEitherWayTests
{
    [Theory]
    [InlineData("GMV last month regardless of whether they were refunded later")]
    [InlineData("paid GMV, whether or not orders got refunded")]
    public void Paid_money_either_way_on_refunds_is_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("total order amount including the ones never paid or cancelled")]
    [InlineData("original order amount last month, including those never paid or cancelled")]
    [InlineData("无论付没付款、取消没取消，订单原价一共多少")]
    public void Every_order_amount_either_way_is_ordered_gmv(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);
}
