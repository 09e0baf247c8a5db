using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// People right after "to" / "back to" / 给 / 还给 received the money ("handed back to our shoppers", 赔给顾客的钱): they are
/// not what is counted, so the money is refunds, never paying customers; customers who pay stay the payers.
/// </summary>
public sealed class MoneyRecipientsTests
{
    [Theory]
    [InlineData("how much was refunded to the shoppers last quarter by channel")]
    [InlineData("what did we hand back to our shoppers in June")]
    [InlineData("how much money was returned to our customers in June")]
    [InlineData("上个月退给客户的钱")]
    [InlineData("上个月返还给消费者的金额")]
    public void Money_gone_back_to_people_is_refunds(string question) =>
        Assert.Equal(["refund_amount"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月给顾客发了多少优惠券金额")]
    [InlineData("coupon money given to the customers last month")]
    public void Discounts_given_to_people_are_the_discount_amount(string question) =>
        Assert.Equal(["discount_amount"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how much did the shoppers pay last month")]
    [InlineData("上个月顾客付了多少钱")]
    public void People_who_pay_stay_payers(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);
}
