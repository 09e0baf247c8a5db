using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// After a why or a comparison: a follow-up with its own metric, its own split and the conversation's period ("那毛利按门店类型看，
/// 同一个月的", "ok, and gross profit by channel for that same month") is a new question about that period, with no comparison and no
/// why; a bare narrowing ("只看线上的", "just Tmall") keeps the why and its comparison, and adds the filter (CONVENTIONS "Follow-ups").
/// </summary>
public sealed class FollowUpAfterWhyTests
{
    [Theory]
    [InlineData("为什么上个月GMV跌了", "那毛利按门店类型看，同一个月的", "gross_profit", "store_type")]
    [InlineData("why did GMV drop last month", "ok, and gross profit by channel for that same month", "gross_profit", "channel")]
    [InlineData("上个月GMV同比", "那毛利按门店类型看，同一个月的", "gross_profit", "store_type")]
    [InlineData("GMV last month vs the month before", "and gross profit by channel for the same month", "gross_profit", "channel")]
    [InlineData("上个月订单数环比", "退款金额按渠道看一下，同一个月", "refund_amount", "channel")]
    public void Own_metric_split_and_period_is_a_new_question_of_that_period(string previous, string followUp, string metric, string split)
    {
        var query = Chain(previous, followUp).Query;
        Assert.Equal([metric], query.Metrics);
        Assert.Equal([split], query.GroupBy);
        Assert.Equal(Query(previous).TimeRange, query.TimeRange);
        Assert.Null(query.Compare);
        Assert.False(query.Explain);
    }

    [Theory]
    [InlineData("为什么上个月GMV跌了", "只看线上的", "online_offline", "online", "pop")]
    [InlineData("why did GMV drop last month", "just Tmall", "channel", "tmall", "pop")]
    [InlineData("why did orders go up last month", "only online", "online_offline", "online", "pop")]
    [InlineData("上个月GMV为什么比去年同期少", "只看天猫", "channel", "tmall", "yoy")]
    public void A_bare_narrowing_keeps_the_why(string previous, string followUp, string dimension, string value, string compare)
    {
        var query = Chain(previous, followUp).Query;
        Assert.True(query.Explain);
        Assert.Equal(compare == "yoy" ? Comparison.Yoy : Comparison.Pop, query.Compare);
        Assert.Equal(Query(previous).Metrics, query.Metrics);
        Assert.Equal(Query(previous).TimeRange, query.TimeRange);
        Assert.Contains(query.Filters, f => f.Dimension == dimension && f.Values.SequenceEqual([value]));
    }
}
