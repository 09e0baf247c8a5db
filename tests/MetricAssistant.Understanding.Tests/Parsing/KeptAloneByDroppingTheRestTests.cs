using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// One value kept by dropping the rest ("只要天猫，其他渠道都不要", "just Tmall, none of the other channels"): a filter `in` that value;
/// the words naming the rest split nothing.
/// </summary>
public sealed class KeptAloneByDroppingTheRestTests
{
    [Theory]
    [InlineData("上个月GMV只要天猫，其他渠道都不要", "gmv", "tmall")]
    [InlineData("上个月订单数，只看京东，别的渠道不要", "order_count", "jd")]
    [InlineData("上个月GMV只算抖音，其余的渠道一律不算", "gmv", "douyin")]
    [InlineData("last month's GMV, just Tmall, none of the other channels", "gmv", "tmall")]
    [InlineData("order count last month, only JD, not the other channels", "order_count", "jd")]
    public void The_value_is_kept_alone(string question, string metric, string value)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal([new QueryFilter("channel", QueryFilterOperator.In, [value])], result.Query.Filters);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }
}
