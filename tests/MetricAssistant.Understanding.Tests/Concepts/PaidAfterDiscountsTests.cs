using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Money said to be paid is already net of discounts: "扣掉优惠券之后顾客实际付的钱" is paid GMV; the net amount is the order's
/// amount minus discounts, paying unsaid ("订单原价减优惠", "order value net of coupons").
/// </summary>
public sealed class PaidAfterDiscountsTests
{
    [Theory]
    [InlineData("上个月扣掉优惠券之后顾客实际付的钱")]
    [InlineData("上周用券后客人实际付了多少钱")]
    [InlineData("what customers actually paid last month after vouchers")]
    [InlineData("how much did shoppers pay last week, after coupons")]
    public void Paid_money_after_discounts_is_paid_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月订单金额扣掉优惠券是多少")]
    [InlineData("last month's order value net of coupons")]
    public void Order_amount_net_of_discounts_is_net_gmv(string question) =>
        Assert.Equal(["gmv_net"], FollowUpTestSupport.Query(question).Metrics);
}
