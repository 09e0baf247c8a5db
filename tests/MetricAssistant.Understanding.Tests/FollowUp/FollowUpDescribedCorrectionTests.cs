using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A correction that describes the metric rather than names it ("不对，我是说付了款的人数") reads the description as the question
/// alone would, and keeps the ranking and its limit. 人数 is a number of people: a count, as 多少人 is.
/// </summary>
public sealed class FollowUpDescribedCorrectionTests
{
    [Theory]
    [InlineData("上个季度付了款的人数")]
    [InlineData("上个季度付款的人数")]
    [InlineData("上个季度有多少人付了款")]
    [InlineData("the number of people who paid last quarter")]
    public void A_number_of_people_who_paid_is_the_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], Query(question).Metrics);

    [Theory]
    [InlineData("上个季度订单数最多的3个区域", "不对，我是说付了款的人数")]
    [InlineData("上个季度订单数最多的3个区域", "不是，我指的是付款的人数")]
    [InlineData("top 3 regions by orders last quarter", "no, I meant the number of people who paid")]
    public void A_correction_describing_the_metric_keeps_the_ranking_and_limit(string first, string correction)
    {
        var before = Query(first);
        var result = Continue(before, correction, Understand(first).Ranking);
        Assert.NotNull(result);
        Assert.Equal(["paying_customers"], result.Query.Metrics);
        Assert.Equal(["region"], result.Query.GroupBy);
        Assert.Equal(3, result.Query.Limit);
        Assert.True(result.Query.Ordering.Single().Desc);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
    }
}
