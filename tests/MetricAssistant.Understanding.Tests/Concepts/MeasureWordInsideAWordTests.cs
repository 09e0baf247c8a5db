using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A measure word of pieces (多少支, 几套) is read only when its character does not begin a longer word: "多少支付订单" counts paid
/// orders (支付), it asks no units; "多少支口红" still asks units.
/// </summary>
public class MeasureWordInsideAWordTests
{
    [Theory]
    [InlineData("去年线上一共多少支付订单")]
    [InlineData("去年多少支付订单")]
    [InlineData("去年一共卖了多少支付订单")]
    [InlineData("上个月几支付订单")]
    public void The_word_it_begins_wins(string question) =>
        Assert.Equal(["paid_order_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月卖了多少支")]
    [InlineData("上个月卖了几套")]
    public void A_measure_word_alone_still_asks_units(string question) =>
        Assert.Equal(["units_sold"], FollowUpTestSupport.Query(question).Metrics);
}
