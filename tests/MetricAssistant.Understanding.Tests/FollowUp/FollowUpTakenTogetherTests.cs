using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A split the answer has, taken back together ("把渠道合起来", "add the channels back together", "combine the cities"), is a total over
/// that dimension: its split goes, the other splits and the filters stay. "add" there adds nothing.
/// </summary>
public sealed class FollowUpTakenTogetherTests
{
    [Theory]
    [InlineData("Add the channels back together", "city")]
    [InlineData("put the channels back together", "city")]
    [InlineData("combine the channels", "city")]
    [InlineData("channels combined", "city")]
    [InlineData("roll the channels together", "city")]
    [InlineData("merge the cities", "channel")]
    [InlineData("aggregate the channels", "city")]
    [InlineData("把渠道合起来", "city")]
    [InlineData("渠道合并一下", "city")]
    [InlineData("渠道合在一起看", "city")]
    [InlineData("把城市都合起来", "channel")]
    public void The_named_split_goes_and_the_rest_stays(string question, string left)
    {
        var before = Query("上个月华东各城市各渠道的订单数");
        var result = Continue(before, question);
        Assert.NotNull(result);
        Assert.Equal([left], result.Query.GroupBy);
        Assert.Equal(before.Filters, result.Query.Filters);
        Assert.Equal(before.Metrics, result.Query.Metrics);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
    }

    [Theory]
    [InlineData("剩下几个渠道一共多少")]
    [InlineData("the other channels combined")]
    public void With_no_split_by_it_the_rest_of_a_filter_is_still_its_total(string question)
    {
        var result = Continue(Query("上个月抖音的订单数"), question);
        Assert.NotNull(result);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(["douyin"], result.Query.Filters.Single(f => f.Dimension == "channel").Values);
    }
}
