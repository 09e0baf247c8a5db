using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// What is asked described first, then a definition set apart in a clause of its own ("…, not …", "… rather than …", "…，而不是…"):
/// the name set apart and the words said with it are no metric asked; the description before it, or what is left of a ruled-out
/// family that the description fits, is answered.
/// </summary>
public sealed class ContrastedDefinitionTests
{
    [Theory]
    [InlineData("cash that came in during May, not orders placed")]
    [InlineData("the money we collected in May rather than what was ordered")]
    [InlineData("5月实际进账的钱，而不是下单金额")]
    [InlineData("5月份真正收到的钱，不是下单金额")]
    [InlineData("May GMV, not the order-placed figure, the money actually received")]
    [InlineData("money collected in Q2 by region rather than what customers ordered")]
    public void Money_received_set_against_orders_placed_is_paid_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("orders placed in May, not paid orders", "order_count")]
    [InlineData("skip the paid orders, I just want every order from May", "order_count")]
    [InlineData("5月的订单数，不是支付订单数", "order_count")]
    public void A_name_set_apart_leaves_the_name_asked(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月成交额，运营部的口径不算了")]
    [InlineData("May GMV, but not the operations definition")]
    public void A_family_name_alone_describes_none_of_the_definitions_left(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["gmv", "gmv_ordered"], result.Alternatives);
    }
}
