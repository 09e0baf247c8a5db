using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// What people did, said with one instance of a thing ("placed an order", "made a purchase") or said before a count of people
/// (下过单的有多少人): the people are asked about, never the count of the thing; a slip in a name without an article still
/// names it.
/// </summary>
public sealed class DoneByPeopleTests
{
    // "an order" names one order someone placed, not the measure "orders" in another number.
    [Theory]
    [InlineData("how many members placed an order")]
    [InlineData("how many members made an order last month")]
    [InlineData("last month, how many of our members submitted an order")]
    [InlineData("上个月会员中下过单的有多少人")]
    [InlineData("会员里下了单的有几个人")]
    [InlineData("2025年上半年会员里面下过单的有多少人")]
    public void Members_who_ordered_are_asked_back_not_the_order_count(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["paying_customers", "order_count", "new_customers"], result.Alternatives);
    }

    [Theory]
    [InlineData("how many order last month", "order_count")]
    [InlineData("average order value last month", "aov")]
    [InlineData("how many orders did members place", "order_count")]
    [InlineData("上个月下过单的订单有多少", "order_count")]
    public void A_name_without_an_article_keeps_its_reading(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    // A count of buyers starting from an event the question does not say (an appointment) is neither answered nor offered.
    [Theory]
    [InlineData("上个月有好多人买了东西，金卡会员")]
    [InlineData("上个月金卡会员里买了东西的人多不多")]
    [InlineData("lots of people bought something last month, gold members")]
    public void Buyers_after_an_unsaid_appointment_are_not_offered(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.DoesNotContain("appointment_buyers", result.Alternatives);
        Assert.DoesNotContain("appointment_buyers", result.Query?.Metrics ?? []);
    }
}
