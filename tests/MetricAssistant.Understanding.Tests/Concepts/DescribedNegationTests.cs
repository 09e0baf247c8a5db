using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A definition ruled out by describing it, by its owner in English or mixed words, by a negation said after its 口径, or
/// several in one list: the definitions left are asked about, or the one left answered; never the one ruled out.
/// </summary>
public class DescribedNegationTests
{
    [Theory]
    // Described in English, with the words saying how a figure is counted between.
    [InlineData("June GMV, just don't base it on the payment date", "gmv_net,gmv_ordered")]
    [InlineData("sales last quarter, not the number which counts orders once they are placed", "gmv,gmv_net")]
    [InlineData("GMV in May, skip the figure that deducts coupons", "gmv,gmv_ordered")]
    [InlineData("revenue for April rather than the order-date version", "gmv,gmv_net")]
    // The owning department in English, short or mixed with Chinese.
    [InlineData("GMV last month, leave out the accounting team's number", "gmv_net,gmv_ordered")]
    [InlineData("GMV this year, drop the ops version", "gmv,gmv_ordered")]
    [InlineData("上季度GMV, not the E-commerce 口径", "gmv,gmv_net")]
    // A bare negation closing a definition's 口径 / 那个 / 的.
    [InlineData("今年的GMV，财务那个口径先不要", "gmv_net,gmv_ordered")]
    [InlineData("上个月成交额，运营部的口径不算了", "gmv,gmv_ordered")]
    [InlineData("五月的GMV，电商的那个版本不看", "gmv,gmv_net")]
    // "不是X的那个", "not the X one".
    [InlineData("上个月GMV，不是扣了优惠的那个", "gmv,gmv_ordered")]
    [InlineData("GMV last month, not the placed-orders one", "gmv,gmv_net")]
    public void One_definition_ruled_out_leaves_the_others_to_choose(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    [InlineData("GMV in June, exclude 电商口径 and the net one", "gmv")]
    [InlineData("上个月GMV，not the finance number, 也不要扣券的", "gmv_ordered")]
    [InlineData("上个月GMV，电商部和财务部的口径都不看", "gmv_net")]
    // A metric's name inside a description is no second metric.
    [InlineData("GMV in March, not the one counting orders when they are placed and not the net one", "gmv")]
    public void Several_definitions_ruled_out_leave_the_one_answered(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Theory]
    // Taken out in English: the state adds nothing, and one a definition leaves out agrees with it.
    [InlineData("order value last month net of coupons, cancelled orders stripped out", "gmv_net")]
    [InlineData("order amount after discounts in June with the cancelled orders filtered out", "gmv_net")]
    // A negation inside a phrase of the vocabulary, or before a state, rules no definition out.
    [InlineData("GMV last month without taking off coupons", "gmv_ordered")]
    [InlineData("上个月GMV，按下单算，取消的不算", "gmv_ordered")]
    [InlineData("why did GMV drop last month", "gmv")]
    public void Words_that_take_a_state_out_rule_no_definition_out(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
