using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>States a question asks for or says did not happen, beside the quantity it counts.</summary>
public class StatesAskedTests
{
    [Theory]
    [InlineData("上个月多少单被取消了")]
    [InlineData("上个月取消了多少单")]
    public void A_state_the_count_leaves_out_is_asked_back_with_the_metrics_built_on_it(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["cancel_rate", "order_count"], result.Alternatives);
    }

    [Theory]
    [InlineData("how many units were returned last month", "units_sold", "refund_amount")]
    [InlineData("上个月没付款的订单有多少", "paid_order_count", null)]
    [InlineData("orders that were not paid last month", "paid_order_count", "order_count")]
    [InlineData("上个月没退款的订单", "order_count", "refund_amount")]
    public void A_quantity_in_a_state_no_metric_measures_is_not_found(string question, string offered, string? alsoOffered)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Contains(offered, result.Alternatives);
        if (alsoOffered is not null) Assert.Contains(alsoOffered, result.Alternatives);
    }

    [Theory]
    [InlineData("上个月没取消的预约有多少", "appointment_count")]
    [InlineData("appointments that weren't cancelled last month", "appointment_count")]
    [InlineData("上个月没被取消的订单数", "order_count")]
    [InlineData("2024年8月不算取消的，一共下了多少单", "order_count")]
    [InlineData("上个月取消的不算，一共多少单", "order_count")]
    [InlineData("what did we end up handing back to customers last quarter", "refund_amount")]
    public void A_state_the_metric_leaves_out_restates_its_rows(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
