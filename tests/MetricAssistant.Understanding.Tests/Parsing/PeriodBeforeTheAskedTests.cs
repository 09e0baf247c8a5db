using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The period just before the one asked, said by where it lies (再前面一个季度, 再往前一个月, "the month before it") with a
/// comparison word, is a period-over-period comparison; the asked range stays, the base is never read as a second range.
/// </summary>
public sealed class PeriodBeforeTheAskedTests
{
    [Theory]
    [InlineData("上季度的退款率跟再前面一个季度比怎么样", "2025-04-01", "2025-07-01")]
    [InlineData("上个月的订单数和再往前一个月比比", "2025-06-01", "2025-07-01")]
    [InlineData("上个月访客数对比再前面一个月", "2025-06-01", "2025-07-01")]
    [InlineData("上周的支付GMV同再前面一周相比", "2025-07-07", "2025-07-14")]
    [InlineData("refund rate for last quarter compared against the quarter before that", "2025-04-01", "2025-07-01")]
    [InlineData("compare last month's paid orders with the month before it", "2025-06-01", "2025-07-01")]
    [InlineData("compare visitors last week to the week prior", "2025-07-07", "2025-07-14")]
    public void The_period_before_the_asked_one_is_its_base(string question, string start, string end)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query!.TimeRange);
        Assert.Equal(Comparison.Pop, result.Query.Compare);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }
}
