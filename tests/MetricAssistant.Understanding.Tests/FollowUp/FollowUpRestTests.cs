using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// 其他 / 剩下 / "the other" + a dimension after a question kept to some of its values asks for the rest of them:
/// one total over the other values, not a split.
/// </summary>
public sealed class FollowUpRestTests
{
    [Theory]
    [InlineData("上个月抖音的订单数", "剩下几个渠道一共多少")]
    [InlineData("上个月抖音的订单数", "那其他渠道呢")]
    [InlineData("orders from Douyin last month", "what about the other channels?")]
    public void The_rest_of_the_values_kept_before_is_one_total(string first, string second)
    {
        var query = Chain(first, second).Query;
        Assert.Equal(["order_count"], query.Metrics);
        Assert.Empty(query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["douyin"]), query.Filters.Single());
    }

    [Fact]
    public void The_rest_with_a_split_word_splits()
    {
        var query = Chain("上个月抖音的订单数", "其他渠道分别是多少").Query;
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["douyin"]), query.Filters.Single());
    }

    [Fact]
    public void The_other_channels_with_nothing_kept_before_split() =>
        Assert.Equal(["channel"], Chain("上个月的订单数", "那其他渠道呢").Query.GroupBy);
}
