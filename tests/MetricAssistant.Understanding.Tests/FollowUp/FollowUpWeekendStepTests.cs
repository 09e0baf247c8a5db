using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "And the weekend before that?", 再往前一个周末呢: after a question about a weekend (Saturday to Monday), a step back naming
/// the weekend, or naming no unit, is the weekend one week earlier, everything else kept. now = 2025-07-15 (last weekend:
/// 2025-07-12 to 2025-07-14).
/// </summary>
public sealed class FollowUpWeekendStepTests
{
    private static readonly DateRange WeekBefore = new(new DateOnly(2025, 7, 5), new DateOnly(2025, 7, 7));

    [Theory]
    [InlineData("orders by channel last weekend", "And the weekend before that?")]
    [InlineData("orders by channel last weekend", "the weekend before")]
    [InlineData("orders by channel last weekend", "what about the previous weekend")]
    [InlineData("orders by channel last weekend", "and the prior weekend?")]
    [InlineData("orders by channel last weekend", "the weekend prior to that?")]
    [InlineData("orders by channel last weekend", "and the one before?")]
    [InlineData("上个周末各渠道的订单数", "再往前一个周末呢")]
    [InlineData("上个周末各渠道的订单数", "前一个周末呢")]
    [InlineData("上个周末各渠道的订单数", "上上个周末呢")]
    [InlineData("上个周末各渠道的订单数", "那再往前呢")]
    [InlineData("上个周末各渠道的订单数", "前一期呢")]
    public void A_weekend_steps_back_a_week(string first, string followUp)
    {
        var before = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal(WeekBefore, result.Query.TimeRange);
        Assert.Equal(before.Metrics, result.Query.Metrics);
        Assert.Equal(before.GroupBy, result.Query.GroupBy);
        Assert.Null(result.Query.Compare);
        // "前一个周末" is no top 1.
        Assert.Equal(before.Limit, result.Query.Limit);
        Assert.Equal(before.Grain, result.Query.Grain);
    }

    [Fact]
    public void Twice_back_is_two_weeks_back()
    {
        var result = Chain("orders by channel last weekend", "and the weekend before that?", "and the weekend before that?");
        Assert.Equal(new DateRange(new DateOnly(2025, 6, 28), new DateOnly(2025, 6, 30)), result.Query.TimeRange);
    }

    [Fact]
    public void A_day_still_steps_back_a_day()
    {
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 13), new DateOnly(2025, 7, 14)), Chain("2025年7月14日的订单数", "再往前呢").Query.TimeRange);
    }
}
