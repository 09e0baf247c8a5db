using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The period before the asked one said relative to it (前一个月, 前一周, 上一个季度, "the prior month", "the week
/// before") after a comparison word (比一比, 对比, 跟…比, vs, compared to, against) is compare pop, the asked range kept;
/// the same period a year before is compare yoy. 比 before a time or a period compares, never a ratio word.
/// </summary>
public sealed class PreviousPeriodComparedTests
{
    [Theory]
    [InlineData("上个月的支付订单数，跟它前一个月比比看", "paid_order_count", "2025-06-01", "2025-07-01")]
    [InlineData("上个月访客数 vs 前一个月", "visitors", "2025-06-01", "2025-07-01")]
    [InlineData("上周的件数和前一周比", "units_sold", "2025-07-07", "2025-07-14")]
    [InlineData("上季度毛利率，对比前一季", "gross_margin", "2025-04-01", "2025-07-01")]
    [InlineData("上季度客单价对比上一个季度", "aov", "2025-04-01", "2025-07-01")]
    [InlineData("visitors last month versus the previous month", "visitors", "2025-06-01", "2025-07-01")]
    [InlineData("last week's units sold compared with the week prior", "units_sold", "2025-07-07", "2025-07-14")]
    [InlineData("refund rate last quarter against the one before", "refund_rate", "2025-04-01", "2025-07-01")]
    [InlineData("aov for last month vs. the prior month", "aov", "2025-06-01", "2025-07-01")]
    public void The_period_before_said_relative_to_the_asked_one_is_pop(string question, string metric, string start, string end)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
        Assert.Equal(Comparison.Pop, result.Query.Compare);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("上季度毛利比去年同期怎么样", "gross_profit", Comparison.Yoy)]
    [InlineData("上个月毛利跟去年同期比如何", "gross_profit", Comparison.Yoy)]
    [InlineData("上个月GMV比上月涨了吗", "gmv", Comparison.Pop)]
    [InlineData("上周订单数比上周多了多少", "order_count", Comparison.Pop)]
    [InlineData("上个月毛利比前一个月高吗", "gross_profit", Comparison.Pop)]
    public void Bi_before_a_period_compares(string question, string metric, Comparison compare)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Equal(compare, result.Query.Compare);
    }
}
