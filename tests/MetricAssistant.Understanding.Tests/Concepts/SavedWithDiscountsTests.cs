using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Money saved with coupons or vouchers ("顾客用券省了多少钱", "what did vouchers save customers") is the discount given; the people
/// said only say whose saving it was. "save" with money said needs no coupon word ("how much did customers save").
/// </summary>
public sealed class SavedWithDiscountsTests
{
    [Theory]
    [InlineData("what did vouchers save customers in June")]
    [InlineData("how much have coupons saved our shoppers this quarter")]
    [InlineData("how much did customers save last month")]
    [InlineData("members' savings from promotions last week")]
    [InlineData("优惠券帮顾客省了多少")]
    [InlineData("上周客人用优惠券省下来多少")]
    [InlineData("今年会员靠折扣节省了多少钱")]
    public void Money_saved_is_the_discount(string question) =>
        Assert.Equal(["discount_amount"], FollowUpTestSupport.Query(question).Metrics);
}
