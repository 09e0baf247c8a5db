using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A dimension said right after a period to now (今年以来, 到现在) is a split: the 来 of 以来 and the 在 of 现在 end time
/// words, they are not the coming to or being in a place (来店, 在店里) that makes a dimension word no split.
/// </summary>
public sealed class SplitAfterPeriodToNowTests
{
    [Theory]
    [InlineData("今年以来online vs offline的GMV", "online_offline")]
    [InlineData("本月以来online vs offline的订单数", "online_offline")]
    [InlineData("今年以来渠道类型的GMV", "online_offline")]
    [InlineData("年初到现在online vs offline的订单数", "online_offline")]
    [InlineData("本月以来各渠道的访客数", "channel")]
    public void The_dimension_after_a_period_to_now_splits(string question, string dimension)
    {
        var result = Understand(question);
        Assert.Equal([dimension], result.Query!.GroupBy);
        Assert.Empty(result.Query.Filters);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("今年以来tmall vs jd的GMV")]
    [InlineData("本月以来线上 vs 线下的访客数")]
    public void Values_side_by_side_after_a_period_to_now_split_by_their_dimension(string question) =>
        Assert.Single(Query(question).GroupBy);
}
