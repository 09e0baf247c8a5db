using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// 量 said alone (上个月的量, 量起来了没) is volume with nothing said of what: a question back between orders and units,
/// like 走量; a word ending in 量 (订单量, 销量, 访问量) keeps its own metric.
/// </summary>
public sealed class BareVolumeTests
{
    [Theory]
    [InlineData("上个月的量咋样")]
    [InlineData("这周量怎么样")]
    [InlineData("今年3月量起来了没")]
    [InlineData("上周量多不多")]
    public void Bare_liang_is_asked_back_between_orders_and_units(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("order_count", result.Alternatives);
        Assert.Contains("units_sold", result.Alternatives);
    }

    [Theory]
    [InlineData("上个月订单量怎么样", "order_count")]
    [InlineData("上周单量多少", "order_count")]
    [InlineData("上个月销量咋样", "units_sold")]
    public void A_word_ending_in_liang_keeps_its_metric(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);

    // 量 after what was done to it (卖出去的量): described, so sold says which count of orders is offered (the paid one).
    [Theory]
    [InlineData("6月卖出去的量有多少")]
    [InlineData("上个月卖掉的量多不多")]
    public void Liang_after_a_described_action_is_read_by_the_description(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("paid_order_count", result.Alternatives);
        Assert.Contains("units_sold", result.Alternatives);
    }
}
