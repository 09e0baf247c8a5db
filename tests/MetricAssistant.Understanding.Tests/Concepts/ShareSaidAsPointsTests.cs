using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A share said as "points" or "tenths" (几个点, 几成, 百分之几, "how many points", "what cut of every 100 yuan") asks for a
/// percentage: an amount of money asked so is the one share with it on top over sales, never the amount, never not found.
/// A real amount per one (每单, 每人, per employee) keeps its per-unit reading.
/// </summary>
public sealed class ShareSaidAsPointsTests
{
    [Theory]
    [InlineData("去年毛利能有几个点")]
    [InlineData("今年上半年毛利有多少个点")]
    [InlineData("上个月毛利占几成")]
    [InlineData("上季度每卖100块钱里毛利占几成")]
    [InlineData("上个月每卖一百块的货，毛利占多少")]
    [InlineData("上季度东西卖出去扣掉进货成本能赚几个点")]
    [InlineData("how many points of margin did we make in Q1 2025")]
    [InlineData("last month, what cut of every 100 yuan of sales was gross profit")]
    [InlineData("gross profit as a percentage last quarter")]
    public void A_share_said_as_points_or_tenths_is_the_margin(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["gross_margin"], result.Query!.Metrics);
    }

    [Theory]
    [InlineData("上个月每单多少钱", "aov")]
    [InlineData("上个月每人花了多少钱", "arppu")]
    [InlineData("revenue per employee last quarter", "revenue_per_staff")]
    [InlineData("上个月毛利多少", "gross_profit")]
    public void An_amount_per_one_or_the_amount_itself_keeps_its_reading(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);
}
