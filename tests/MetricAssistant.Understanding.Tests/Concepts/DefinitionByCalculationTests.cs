using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A definition said by how it is calculated (discounts taken off or not, which rows), chosen or ruled out; and a rate of an
/// amount the catalog sums but shares in no ratio, asked back with the amount first.
/// </summary>
public class DefinitionByCalculationTests
{
    [Theory]
    // Discounts not taken off: the amount before discounts.
    [InlineData("上个月不扣券的那种GMV", "gmv_ordered")]
    [InlineData("上个月没减优惠的销售额", "gmv_ordered")]
    [InlineData("上月GMV，没有扣券的", "gmv_ordered")]
    [InlineData("GMV before coupons last month", "gmv_ordered")]
    [InlineData("last month's order value with no discount taken off", "gmv_ordered")]
    // Original price minus coupons, written as a formula, of the orders not cancelled: the net amount.
    [InlineData("上个月未取消订单(原价-券)一共多少", "gmv_net")]
    [InlineData("上个月没取消的单子 原价减掉券 合计", "gmv_net")]
    public void A_definition_said_by_its_calculation_is_that_definition(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月GMV 扣了券的那个口径不要", "gmv,gmv_ordered")]
    [InlineData("上个月GMV，别用减了优惠的那个", "gmv,gmv_ordered")]
    [InlineData("上个月GMV，减了券的那个就算了", "gmv,gmv_ordered")]
    [InlineData("last month GMV, not the one net of coupons", "gmv,gmv_ordered")]
    [InlineData("上个月GMV 没扣券的那个口径不要", "gmv,gmv_net")]
    public void A_definition_ruled_out_by_its_calculation_leaves_the_others(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    [InlineData("上个月平均折扣率")]
    [InlineData("上个月折扣率是多少")]
    [InlineData("what was the coupon rate last month")]
    // A discount rate is a measure the catalog lacks (CONVENTIONS: not_found), not a near miss; the answer offers the nearest
    // (the discount amount first: golden near_miss-zh-999).
    public void A_rate_of_an_amount_the_catalog_lacks_is_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);

    [Theory]
    [InlineData("上个月库存多少")]
    [InlineData("上个月NPS")]
    [InlineData("上个月优惠券核销率")]
    public void A_measure_the_catalog_lacks_stays_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);
}
