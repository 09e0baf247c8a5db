
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A split said as the answer's layout ("one row per channel", "each member level on its own line", 每个渠道单独一行, 一个渠道一行,
/// 按品类分行列出来): the dimension is the split, and "line", "row", 行 are no order lines or items, nor left unread.
/// </summary>
public sealed class RowLayoutSplitTests
{
    [Theory]
    [InlineData("last month's GMV, each member level on its own line", "gmv", "member_level")]
    [InlineData("GMV last month, one row per channel", "gmv", "channel")]
    [InlineData("give each city its own row for last month's GMV", "gmv", "city")]
    [InlineData("break last month's GMV out line by line by region", "gmv", "region")]
    [InlineData("last month's order count with every channel on a separate line", "order_count", "channel")]
    [InlineData("上个月订单数，每个会员等级单独一行", "order_count", "member_level")]
    [InlineData("上个月GMV每个渠道单独一行", "gmv", "channel")]
    [InlineData("上个月订单数，一个渠道一行", "order_count", "channel")]
    [InlineData("上个月GMV按城市分行列出来", "gmv", "city")]
    public void The_layout_is_the_split(string question, string metric, string dimension)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Equal([dimension], result.Query.GroupBy);
        Assert.Empty(result.Query.Filters);
        Assert.DoesNotContain(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains("行") || n.Text.Contains("row") || n.Text.Contains("line"));
    }
}
