using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A period named only as the base of a comparison, whatever verb, particle or joiner sets it against the period asked:
/// the asked period stays the range, the base decides the comparison, and nothing of it is dropped silently.
/// </summary>
public sealed class BaseNamedOnlyTests
{
    [Theory]
    [InlineData("今年3月的客单价，跟去年3月比一下", "2025-03-01", "2025-04-01", Comparison.Yoy)]
    [InlineData("今年4月的订单数，和去年4月比比看", "2025-04-01", "2025-05-01", Comparison.Yoy)]
    [InlineData("本季度的退款金额和去年同一季度相比呢", "2025-07-01", "2025-10-01", Comparison.Yoy)]
    [InlineData("这个月的访客数跟上个月对比看看", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("五月的GMV跟四月比一比", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("六月的订单数和五月对比一下", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("六月的订单数跟五月比呢", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("这个月的订单数搭上个月比比看", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("上周的订单数跟前头一个礼拜比比", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("please compare May 2025's refunds with May 2024's", "2025-05-01", "2025-06-01", Comparison.Yoy)]
    [InlineData("how do this year's Q2 orders stack up against Q2 last year", "2025-04-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("compare July 2025's orders with July 2024's", "2025-07-01", "2025-08-01", Comparison.Yoy)]
    [InlineData("how did last week's visitors measure against the week before that", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("comparing June's paid orders to May 2025", "2025-06-01", "2025-07-01", Comparison.Pop)]
    public void The_period_asked_is_compared_with_the_base_it_names(string question, string start, string end, Comparison compare)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query!.TimeRange);
        Assert.Equal(compare, result.Query.Compare);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("7月的订单数跟3月比一下", "2025-07-01")]
    [InlineData("please compare June's refunds with February's", "2025-06-01")]
    public void A_base_the_query_cannot_compare_with_stays_named(string question, string start)
    {
        var result = Understand(question);
        Assert.Equal(DateOnly.Parse(start), result.Query!.TimeRange.Start);
        Assert.Null(result.Query.Compare);
        Assert.Single(result.Notices.OfType<NotUnderstood>());
    }
}
