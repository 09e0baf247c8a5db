using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// "A divided by B": money over a count of things or people is an amount per each (arppu, aov, revenue per staff), whether the
/// sides are described or named; a count over a count or money over money stays a share.
/// </summary>
public class QuotientTests
{
    [Theory]
    [InlineData("last month, money customers paid divided by the number of people who paid", "arppu")]
    [InlineData("total paid amount divided by paying customers last quarter", "arppu")]
    [InlineData("上个月付款金额除以付款人数", "arppu")]
    [InlineData("6月份付款总金额除以付款的人数是多少", "arppu")]
    [InlineData("money paid divided by the number of paid orders last month", "aov")]
    [InlineData("付款总额除以付款订单数 上季度", "aov")]
    [InlineData("sales divided by staff last quarter", "revenue_per_staff")]
    [InlineData("上个月成交金额除以在岗员工数", "revenue_per_staff")]
    [InlineData("money collected over number of distinct buyers in Q2", "arppu")]
    [InlineData("revenue over the number of paying customers last month", "arppu")]
    [InlineData("revenue divided by headcount last quarter", "revenue_per_staff")]
    public void Money_divided_by_a_count_is_an_amount_per_each(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("paid orders divided by visitors last month", "conversion_rate")]
    [InlineData("refunded money divided by money paid last month", "refund_rate")]
    [InlineData("退款金额除以付款金额 上个月", "refund_rate")]
    [InlineData("cancelled orders divided by all orders last month", "cancel_rate")]
    public void A_count_over_a_count_or_money_over_money_stays_a_share(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
