using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "each of them" / 他们每人 after a count of people: the amount per those people (arppu after paying customers), split and
/// time kept; then "the average per order" is the same amount per order (aov).
/// </summary>
public sealed class FollowUpPerPersonTests
{
    [Theory]
    [InlineData("paying customers by member level last December", "and how much did each of them spend on average?")]
    [InlineData("paying customers by member level last December", "how much did they spend on average")]
    [InlineData("去年12月各会员等级的付款人数", "他们平均每人花了多少")]
    [InlineData("去年12月各会员等级的付款人数", "那他们人均花了多少钱")]
    [InlineData("paying customers by member level last December", "average per person?")]
    [InlineData("去年12月各会员等级的付款人数", "每人平均消费呢")]
    public void Each_of_them_after_a_count_of_people_is_the_amount_per_those_people(string first, string followUp)
    {
        var before = Query(first);
        var result = Continue(before, followUp);
        Assert.NotNull(result);
        Assert.Equal(["arppu"], result.Query.Metrics);
        Assert.Equal(before.GroupBy, result.Query.GroupBy);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("paying customers by member level last December", "and how much did each of them spend on average?", "no, I meant the average per order")]
    [InlineData("去年12月各会员等级的付款人数", "他们平均每人花了多少", "不对，我是说平均每单")]
    public void Then_the_average_per_order_is_the_same_amount_per_order(string first, string second, string third)
    {
        var result = Chain(first, second, third);
        Assert.Equal(["aov"], result.Query.Metrics);
        Assert.Equal(["member_level"], result.Query.GroupBy);
        Assert.Equal(Query(first).TimeRange, result.Query.TimeRange);
    }

    [Fact]
    public void Without_pointing_back_the_amount_per_unit_is_still_asked_about() =>
        Assert.Null(Continue(Query("paying customers by member level last December"), "average spend"));
}
