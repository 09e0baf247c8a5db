using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A count's name said only as the rows another quantity is of ("coupons used on paid orders", 付了款的订单一共卖了多少件,
/// "only paid orders count") asks for that quantity: the name's state is its condition, never the count answered. A state
/// the quantity's own filters cannot honour is asked back; a question counting the rows themselves keeps the count.
/// </summary>
public sealed class QuantityOfNamedRowsTests
{
    [Theory]
    [InlineData("coupons used on paid orders in June", "discount_amount")]
    [InlineData("coupon savings on paid orders last month", "discount_amount")]
    [InlineData("refund money on Tmall orders last week", "refund_amount")]
    [InlineData("上个月付了款的订单一共卖了多少件", "units_sold")]
    [InlineData("上个月已付款的订单总共卖了多少件", "units_sold")]
    [InlineData("上个月卖出去多少件，只算付了款的订单", "units_sold")]
    [InlineData("units sold last month, only paid orders count", "units_sold")]
    [InlineData("units sold last month, only the paid orders are counted", "units_sold")]
    [InlineData("how much did we give away in discounts on paid orders last month", "discount_amount")]
    [InlineData("上个月优惠券一共让了多少利，只算付了款的订单", "discount_amount")]
    [InlineData("上季度券一共优惠了多少钱（只算已支付订单）", "discount_amount")]
    [InlineData("coupon money last month, counting only paid orders", "discount_amount")]
    // The state of the rows an amount is of says which rows, never another kind of money (refunds on paid orders are refunds).
    [InlineData("refunds on paid orders last month", "refund_amount")]
    [InlineData("refunds on paid JD orders in May", "refund_amount")]
    [InlineData("上个月已支付订单的退款金额", "refund_amount")]
    [InlineData("上个月付了款的订单的退款", "refund_amount")]
    public void The_quantity_asked_decides(string question, string metric)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Theory]
    [InlineData("上个月取消的订单卖了多少件", "units_sold")]
    [InlineData("上个月被取消的订单一共卖了多少件", "units_sold")]
    [InlineData("units on cancelled orders last month", "units_sold")]
    // An amount whose own state fixes its rows (discounts of paid orders, whatever came after) cannot be held to another.
    [InlineData("discounts on cancelled orders last month", "discount_amount")]
    [InlineData("上个月取消订单的优惠金额", "discount_amount")]
    [InlineData("coupon amount of the cancelled orders in June", "discount_amount")]
    public void A_state_the_quantity_cannot_keep_is_asked_back(string question, string offered)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(offered, result.Alternatives);
        Assert.DoesNotContain("paid_order_count", result.Alternatives);
    }

    [Theory]
    [InlineData("how many paid orders had coupons last month")]
    [InlineData("上个月付款订单有多少")]
    [InlineData("paid orders last month")]
    public void The_count_asked_stays(string question) => Assert.Equal(["paid_order_count"], Query(question).Metrics);
}
