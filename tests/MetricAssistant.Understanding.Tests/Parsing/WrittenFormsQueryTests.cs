using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Questions in traditional characters, with hyphenated English compounds, with a unit said with "-wise", or with the money
/// given away in discounts said as a verb (让了多少利, 'how much did we give away') run the query of their plain wording.
/// </summary>
public sealed class WrittenFormsQueryTests
{
    [Theory]
    // Traditional characters: names, values, time words, leaving-out words and fillers alike.
    [InlineData("5月底各門店的在崗人數", "5月底各门店的在岗人数")]
    [InlineData("上個月家居類的銷量", "上个月家居类的销量")]
    [InlineData("華南門店上週的訪客數", "华南门店上周的访客数")]
    [InlineData("今年每季的毛利率，只看鞋類", "今年每季的毛利率，只看鞋类")]
    [InlineData("上個月各渠道的營收，不要算抖音的", "上个月各渠道的营收，不要算抖音的")]
    [InlineData("幫我拉一下上個月的訂單數喔", "帮我拉一下上个月的订单数喔")]
    // Hyphenated English compounds are their words.
    [InlineData("paying-customer count last month", "paying customer count last month")]
    [InlineData("refund-rate last month", "refund rate last month")]
    [InlineData("the paying-customer numbers for last month", "the paying customer numbers for last month")]
    [InlineData("avg-order-value last month", "avg order value last month")]
    [InlineData("in-store gmv last month", "in store gmv last month")]
    // A unit said with -wise is the grain.
    [InlineData("kindly share month-wise orders for this year", "monthly orders this year")]
    [InlineData("week-wise gmv last month", "weekly gmv last month")]
    [InlineData("quarter wise refund amount this year", "quarterly refund amount this year")]
    [InlineData("date-wise orders last week", "daily orders last week")]
    [InlineData("daywise visitors last week", "daily visitors last week")]
    // The money given away is the discounts.
    [InlineData("上个月让了多少利", "上个月优惠金额")]
    [InlineData("上个月让出去多少利", "上个月优惠金额")]
    [InlineData("上个月各渠道让了多少利", "上个月各渠道的优惠金额")]
    [InlineData("how much did we give away last month", "discount amount last month")]
    [InlineData("how much have we given away in vouchers this year", "discount amount this year")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Fact]
    public void A_traditional_follow_up_is_read_as_its_simplified_one() =>
        Assert.Equal(Chain("上个月华东的营收", "跟去年同期比较呢").Query, Chain("上個月華東的營收", "跟去年同期比較呢").Query);

    [Theory]
    [InlineData("gmv from 2025-03-01 to 2025-03-15", "2025-03-01", "2025-03-16")]
    [InlineData("orders 1-15 march 2025", "2025-03-01", "2025-03-16")]
    [InlineData("gmv jan-mar 2025", "2025-01-01", "2025-04-01")]
    public void A_hyphenated_range_is_still_a_range(string question, string start, string end)
    {
        var range = Query(question).TimeRange!;
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (range.Start, range.End));
    }
}
