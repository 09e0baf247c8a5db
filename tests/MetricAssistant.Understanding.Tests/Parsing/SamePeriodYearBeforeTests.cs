using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The same period a year before, said in words ("versus the same month a year earlier", "vs the same quarter a year ago",
/// 跟前一年同一个月比): year over year, the asked period kept (CONVENTIONS "Comparison").
/// </summary>
public sealed class SamePeriodYearBeforeTests
{
    [Theory]
    [InlineData("Paid orders in September 2025 versus the same month a year earlier", "2025-09-01", "2025-10-01")]
    [InlineData("GMV in March 2025 compared with the same month the year before", "2025-03-01", "2025-04-01")]
    [InlineData("GMV for Q2 2025 vs the same quarter a year ago", "2025-04-01", "2025-07-01")]
    [InlineData("orders last week against the same week last year", "2025-07-07", "2025-07-14")]
    [InlineData("GMV in June 2025 compared to the same period the previous year", "2025-06-01", "2025-07-01")]
    [InlineData("2025年6月的GMV跟前一年同一个月比", "2025-06-01", "2025-07-01")]
    [InlineData("2025年第二季度的订单数和上一年同一季度相比", "2025-04-01", "2025-07-01")]
    [InlineData("上周的GMV与去年同一周对比", "2025-07-07", "2025-07-14")]
    public void Is_year_over_year_with_the_asked_period(string question, string start, string end)
    {
        var query = Query(question);
        Assert.Equal(Comparison.Yoy, query.Compare);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), query.TimeRange);
    }
}
