using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state counted in said with the rows ("没付钱的订单也算上", "unpaid orders included", "including unpaid orders"): the state
/// is counted in as without the row noun, never a negated state asked for; a metric requiring the state is not the reading.
/// </summary>
public sealed class IncludedStateOfRowsTests
{
    [Theory]
    [InlineData("上个月下单金额，没付钱的订单也算上")]
    [InlineData("上个月下单金额，没付款的订单也算进去")]
    [InlineData("上个月下单金额，没付钱的订单也算")]
    [InlineData("上个月的订单金额，没付钱的订单也算上")]
    [InlineData("ordered GMV last month, unpaid orders included")]
    [InlineData("last month's ordered GMV, unpaid ones included too")]
    public void An_order_amount_counting_unpaid_orders_in_is_ordered_gmv(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("订单数，没付钱的订单也算上")]
    [InlineData("上个月订单数，没付款的订单也算进去")]
    [InlineData("last month's order count, unpaid orders included")]
    public void An_order_count_counting_unpaid_orders_in_is_every_order(string question) =>
        Assert.Equal(["order_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("order value last month, unpaid ones included")]
    [InlineData("order value last month, unpaid orders included")]
    public void An_order_value_counting_unpaid_orders_in_is_never_paid_gmv(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        var metrics = result.Query?.Metrics ?? result.Alternatives;
        Assert.NotEmpty(metrics);
        Assert.DoesNotContain("gmv", metrics);
        Assert.Contains("gmv_ordered", metrics);
    }

    [Theory]
    [InlineData("how many orders were not paid")]
    [InlineData("没付款的订单有多少")]
    [InlineData("how many unpaid orders last month")]
    public void Orders_said_unpaid_are_still_no_governed_metric(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);
}
