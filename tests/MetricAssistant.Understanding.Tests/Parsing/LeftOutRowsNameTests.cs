using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A metric's name that only points at the rows of a value left out right before it ("exclude 掉 the Tmall orders",
/// 把天猫的订单exclude掉) is those rows: the value is excluded and the name is no second metric asked.
/// </summary>
public sealed class LeftOutRowsNameTests
{
    [Theory]
    [InlineData("上个月GMV，把天猫的订单exclude掉", "tmall")]
    [InlineData("GMV last month, leave out the JD orders", "jd")]
    [InlineData("上个月的GMV，京东的订单不算", "jd")]
    public void The_rows_named_are_left_out(string question, string value)
    {
        var query = Query(question);
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Equal([new QueryFilter("channel", QueryFilterOperator.NotIn, [value])], query.Filters);
    }

    [Fact]
    public void Two_metrics_listed_stay_both() => Assert.Equal(["gmv", "order_count"], Query("上个月不含天猫的GMV和订单数").Metrics);
}
