using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A metric built on another (buyers after an appointment on appointments and payments, a growth rate on GMV, the
/// period-end headcount on the monthly snapshot) is a reading of a description only when the description says what makes
/// it more; otherwise the plainer metric is meant. Two names joined by a subtraction word are the catalog's difference metric.
/// </summary>
public sealed class DefiningConceptTests
{
    [Theory]
    [InlineData("上周预约了多少人", "appointment_count")]
    [InlineData("how many people booked an appointment last week", "appointment_count")]
    [InlineData("上个月预约后7天内买了东西的人数", "appointment_buyers")]
    [InlineData("上个月有多少客人真正掏钱买了东西", "paying_customers")]
    [InlineData("上个月扣掉退款以后的GMV", "gmv_after_refunds")]
    [InlineData("GMV minus refunds last month", "gmv_after_refunds")]
    [InlineData("GMV net of refunds last month", "gmv_after_refunds")]
    public void The_defining_part_decides(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_rate_of_purchases_is_not_a_growth_rate()
    {
        var result = FollowUpTestSupport.Understand("上个月成交率多少");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("conversion_rate", result.Alternatives);
        Assert.DoesNotContain("gmv_yoy_growth", result.Alternatives);
    }

    [Theory]
    [InlineData("how much did GMV grow last month", "gmv")]
    [InlineData("GMV growth last quarter", "gmv")]
    [InlineData("how much did refunds grow last month", "refund_amount")]
    public void Growth_of_a_plain_metric_is_its_change_from_the_period_before(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(Comparison.Pop, query.Compare);
    }

    [Fact]
    public void A_growth_metric_named_is_not_compared_again()
    {
        var query = FollowUpTestSupport.Query("上个月GMV同比增长率");
        Assert.Equal(["gmv_yoy_growth"], query.Metrics);
        Assert.Null(query.Compare);
    }

    [Fact]
    public void The_end_of_a_period_is_its_snapshot_not_a_choice()
    {
        var query = FollowUpTestSupport.Query("how many staff did we have at the end of last month?");
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Equal(ValueAt.PeriodEnd, query.At);
    }

    [Fact]
    public void Without_a_difference_metric_of_the_two_names_neither_is_replaced()
    {
        // The catalog has GMV − refunds, not orders − refunds: the question keeps what it named.
        var metrics = FollowUpTestSupport.Query("上个月订单数减去退款金额").Metrics;
        Assert.Contains("order_count", metrics);
        Assert.DoesNotContain("gmv_after_refunds", metrics);
    }
}
