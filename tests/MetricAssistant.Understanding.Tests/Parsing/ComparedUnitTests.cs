using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// "paid orders WoW" names no period, but its comparison names a unit: the question is about the last whole week compared
/// with the one before, not the metric's default window compared with its own previous period.
/// </summary>
public sealed class ComparedUnitTests
{
    [Theory]
    [InlineData("paid orders WoW", "2025-07-07", "2025-07-14")]
    [InlineData("订单数周环比", "2025-07-07", "2025-07-14")]
    [InlineData("GMV QoQ for East China", "2025-04-01", "2025-07-01")]
    [InlineData("访客数月环比", "2025-06-01", "2025-07-01")]
    [InlineData("visitors day over day", "2025-07-14", "2025-07-15")]
    public void The_unit_compared_gives_the_period(string question, string start, string end)
    {
        var query = Query(question);
        Assert.Equal(Comparison.Pop, query.Compare);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), query.TimeRange);
    }

    [Fact]
    public void A_named_period_stays() =>
        Assert.Equal(new DateRange(new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1)), Query("GMV in March 2025 WoW").TimeRange);
}
