using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// 其他 / 其余 / 剩下 / 别的 / "the other" before a dimension word, with a value of it left out anywhere in the question,
/// names the rest: one total, not a split; a split word after it still splits.
/// </summary>
public sealed class RestOfDimensionTests
{
    private static QueryFilter NotIn(string dimension, params string[] values) => new(dimension, QueryFilterOperator.NotIn, values);

    [Theory]
    [InlineData("除了抖音，上个月其他渠道的下单金额有多少", "douyin")]
    [InlineData("除了天猫，上个月其他渠道的GMV", "tmall")]
    [InlineData("上个月除了京东，剩下几个渠道一共多少单", "jd")]
    [InlineData("上个月其余渠道的GMV，抖音除外", "douyin")]
    [InlineData("上个月别的渠道加起来的订单数，不算天猫", "tmall")]
    [InlineData("other channels besides JD, GMV last month", "jd")]
    [InlineData("GMV last month for the other channels, excluding Tmall", "tmall")]
    [InlineData("excluding Douyin, GMV of the remaining channels last month", "douyin")]
    public void The_rest_named_beside_an_exclusion_is_no_split(string question, string excluded)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal(NotIn("channel", excluded), query.Filters.Single());
    }

    [Theory]
    [InlineData("除了抖音，上个月其他渠道分别是多少GMV")]
    [InlineData("除了抖音，上个月其他渠道各自的GMV")]
    [InlineData("excluding Douyin, GMV last month of the other channels one by one")]
    [InlineData("上个月除了抖音其它渠道的GMV各是多少")]
    public void The_rest_with_a_split_word_splits(string question)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(NotIn("channel", "douyin"), query.Filters.Single());
    }

    [Fact]
    public void Other_channels_with_nothing_left_out_still_split() =>
        Assert.Equal(["channel"], Query("上个月其他渠道的GMV").GroupBy);
}
