using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A trend dropped in a follow-up ("不要trend了", "不用按天了", "no need for the trend", "just the total"): the grain goes, also when
/// the same turn names another period ("7月1号那天呢，不要trend了": that day's one number).
/// </summary>
public sealed class FollowUpDropsTrendTests
{
    [Theory]
    [InlineData("最近30天每天的GMV", "不要trend了")]
    [InlineData("最近30天每天的GMV", "不用按天了")]
    [InlineData("last 30 days GMV trend", "no need for the trend")]
    [InlineData("last month's gmv by day", "just the total")]
    [InlineData("上个月每天的订单数", "趋势就不看了")]
    public void The_trend_goes_and_the_period_stays(string previous, string followUp) =>
        Assert.Equal(Query(previous) with { Grain = null }, Chain(previous, followUp).Query);

    [Theory]
    [InlineData("最近30天每天的GMV", "7月1号那天呢，不要trend了", "2025-07-01", "2025-07-02")]
    [InlineData("最近30天每天的GMV", "7月3号呢，不用按天了", "2025-07-03", "2025-07-04")]
    [InlineData("上个月每天的订单数", "上周呢，只要总数", "2025-07-07", "2025-07-14")]
    [InlineData("last month's GMV by week", "what about June 3rd, no need for the trend", "2025-06-03", "2025-06-04")]
    public void A_new_period_with_the_trend_dropped_has_no_grain(string previous, string followUp, string start, string end)
    {
        var result = Chain(previous, followUp);
        Assert.Null(result.Query.Grain);
        Assert.Equal(new QueryModel.DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
    }
}
