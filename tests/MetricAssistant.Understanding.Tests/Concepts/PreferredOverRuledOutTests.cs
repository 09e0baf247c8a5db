using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A metric ruled out as a preference ("skip the paid orders", "I don't need the paid count", "forget about paid orders",
/// "支付订单数就不用了") leaves the metric said or described after it answered, never the one ruled out; the words ruling
/// out are read. A state a definition leaves out ("not cancelled") is no ruling out of a metric.
/// </summary>
public sealed class PreferredOverRuledOutTests
{
    [Theory]
    [InlineData("I don't need the paid count, just all orders last week", "order_count")]
    [InlineData("we do not need the paid figure, orders overall for June", "order_count")]
    [InlineData("skip paid orders, I want orders overall last month", "order_count")]
    [InlineData("skip the paid orders, I just want every order from last month", "order_count")]
    [InlineData("forget about paid orders, how many orders came in during June", "order_count")]
    [InlineData("no need for the paid order count, all orders last month please", "order_count")]
    [InlineData("I don't want paid orders, give me total orders for May", "order_count")]
    public void The_metric_after_a_ruling_out_is_answered(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("instead of paid orders, give me all orders in June", "order_count")]
    [InlineData("rather than GMV, show me net GMV for May", "gmv_net")]
    [InlineData("不要支付订单数，要全部订单数，上个月", "order_count")]
    public void Rulings_out_already_read_stay_so(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
