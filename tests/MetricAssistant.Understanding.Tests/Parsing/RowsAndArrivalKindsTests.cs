using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Words that say which rows or people a metric is of, not a second metric: how members arrived ("came in through a
/// campaign"), the orders a rate is over ("refund rate for orders shipped by courier"); stock is no metric at all.
/// </summary>
public sealed class RowsAndArrivalKindsTests
{
    [Theory]
    [InlineData("how many new members came in through the autumn campaign last month", "autumn campaign")]
    [InlineData("members that came in via a referral link last quarter", "referral link")]
    [InlineData("new customers who joined through the livestream in June", "livestream")]
    public void How_people_arrived_is_no_money_and_is_named(string question, string unread)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["new_customers"], result.Query!.Metrics);
        Assert.Contains(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains(unread, StringComparison.Ordinal));
    }

    [Fact]
    public void Money_that_came_in_stays_money() =>
        Assert.Equal(Query("GMV through Tmall last month"), Query("how much came in through Tmall last month"));

    [Theory]
    [InlineData("refund rate for orders shipped by courier last month", "refund_rate", "courier")]
    [InlineData("cancellation rate for orders paid with a gift card last quarter", "cancel_rate", "gift card")]
    [InlineData("refund rate among orders packed in plastic last month", "refund_rate", "plastic")]
    [InlineData("上个月顺丰发的订单退款率", "refund_rate", "顺丰")]
    public void Orders_a_rate_is_over_add_no_order_count(string question, string metric, string unread)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Contains(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains(unread, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("refund rate and orders last month")]
    [InlineData("上个月退款率和订单数")]
    public void Orders_listed_beside_a_rate_stay_asked(string question) =>
        Assert.Equal(2, Query(question).Metrics.Count);

    [Theory]
    [InlineData("华南仓里还压着多少货")]
    [InlineData("华东的积压商品")]
    [InlineData("西北囤货情况怎么样")]
    [InlineData("stock on hand by region")]
    [InlineData("how much warehouse stock do we have in East China")]
    [InlineData("inventory in North China")]
    public void Stock_is_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, Understand(question).Outcome);
}
