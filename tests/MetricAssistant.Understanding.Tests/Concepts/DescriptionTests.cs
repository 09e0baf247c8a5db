using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>Questions that describe a metric instead of naming it, on the real catalog.</summary>
public class DescriptionTests
{
    [Theory]
    [InlineData("这周进了多少钱", "gmv")]
    [InlineData("上月有多少客人付过款", "paying_customers")]
    [InlineData("退掉的钱一共多少", "refund_amount")]
    [InlineData("会员这季度多了多少", "new_customers")]
    [InlineData("现在总共多少会员", "total_customers")]
    [InlineData("下单后又取消的占多少", "cancel_rate")]
    [InlineData("付款的人平均每人花了多少", "arppu")]
    [InlineData("how much did we bring in last month", "gmv")]
    [InlineData("how many shoppers actually paid last month", "paying_customers")]
    [InlineData("refunds as a percentage of revenue last quarter", "refund_rate")]
    [InlineData("order value before coupons last month", "gmv_ordered")]
    [InlineData("output per employee last quarter", "revenue_per_staff")]
    public void A_description_is_read_as_the_metric_it_describes(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }
}
