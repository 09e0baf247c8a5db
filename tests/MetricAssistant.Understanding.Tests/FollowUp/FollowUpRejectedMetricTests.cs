using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A correction naming the wanted and the unwanted metric ("我要的是毛利，不是毛利率", "X rather than Y") swaps to the wanted one and
/// keeps everything else (CONVENTIONS "Follow-ups": a correction is a swap); the unwanted one is no second metric.
/// </summary>
public sealed class FollowUpRejectedMetricTests
{
    [Theory]
    [InlineData("上个月华东各渠道按周的毛利率同比", "说错了，我要的是毛利，不是毛利率")]
    [InlineData("上个月华东各渠道按周的毛利率同比", "不对，我说的是毛利，而不是毛利率")]
    [InlineData("上个月华东各渠道按周的毛利率同比", "我说的是毛利不是毛利率")]
    [InlineData("gross margin by channel in east china last month by week yoy", "I meant gross profit rather than gross margin")]
    [InlineData("gross margin by channel in east china last month by week yoy", "no, I want gross profit, not gross margin")]
    [InlineData("gross margin by channel in east china last month by week yoy", "gross profit instead of gross margin")]
    public void The_wanted_metric_replaces_the_previous_one_and_the_rest_stays(string previous, string correction)
    {
        var result = Chain(previous, correction);
        Assert.Equal(Query(previous) with { Metrics = ["gross_profit"] }, result.Query);
    }

    [Theory]
    [InlineData("说错了，我要的是毛利，不是毛利率")]
    [InlineData("搞错了，我要的是毛利")]
    public void The_admitted_slip_is_nothing_left_unread(string correction)
    {
        var result = Chain("上个月华东各渠道的毛利率", correction);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Fact]
    public void A_ranking_is_kept_through_the_correction()
    {
        var result = Chain("上个月华东毛利率最高的3个渠道", "说错了，我要的是毛利，不是毛利率");
        Assert.Equal(["gross_profit"], result.Query.Metrics);
        Assert.Equal(3, result.Query.Limit);
        Assert.True(result.Query.OrderBy![0].Desc);
    }
}
