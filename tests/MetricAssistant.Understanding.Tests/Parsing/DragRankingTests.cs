using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Things said to drag the whole down ("dragging us down", "holding us back", "weighing on", 拖我们后腿, 拉胯, 掉链子) are
/// the bad end of the metric, every row: its better direction, read from the catalog, decides which end that is.
/// </summary>
public sealed class DragRankingTests
{
    [Theory]
    [InlineData("which channels are dragging us down on orders last month", "order_count", false)]
    [InlineData("which stores are holding us back on GMV last month", "gmv", false)]
    [InlineData("which channels are weighing on paid orders last month", "paid_order_count", false)]
    [InlineData("which channels are dragging us down on refund rate last month", "refund_rate", true)]
    [InlineData("上个月哪些门店在拖我们后腿，看订单数", "order_count", false)]
    [InlineData("上个月订单数拉胯的门店", "order_count", false)]
    [InlineData("上个月订单数掉链子的渠道", "order_count", false)]
    [InlineData("上个月退款率掉链子的渠道", "refund_rate", true)]
    [InlineData("上个月哪些渠道在拖大家后腿，按退款率", "refund_rate", true)]
    public void A_drag_is_every_row_from_the_bad_end(string question, string metric, bool descending)
    {
        var query = Query(question);
        Assert.Equal([new QueryOrder(metric, descending)], query.Ordering);
        Assert.Null(query.Limit);
        Assert.Empty(Understand(question).Notices.OfType<NotUnderstood>());
    }

    [Fact]
    public void The_most_dragging_one_is_still_one() =>
        Assert.Equal(1, Query("上个月GMV最拉胯的门店").Limit);
}
