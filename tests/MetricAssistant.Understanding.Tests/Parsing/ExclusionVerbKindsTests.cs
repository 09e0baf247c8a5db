using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Verbs that take a value out (剔掉, 排除在外, "ex-" under a ranking) make it not_in; a fall "in" a place ("why did
/// conversion drop in Chengdu") is no exclusion of the place.
/// </summary>
public sealed class ExclusionVerbKindsTests
{
    [Theory]
    [InlineData("上季度各城市的订单数，剔掉天猫", "channel", "tmall")]
    [InlineData("把抖音剔掉，上个月GMV按区域", "channel", "douyin")]
    [InlineData("上个月的销量按品类，家居排除在外", "category", "home")]
    [InlineData("服装排除在外，Q1 的商品销售额", "category", "apparel")]
    [InlineData("top 3 cities by orders last month, ex-store", "channel", "store")]
    [InlineData("best 2 regions by GMV last quarter, ex-Tmall", "channel", "tmall")]
    public void A_verb_taking_a_value_out_excludes_it(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Contains(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters);
        Assert.DoesNotContain(dimension == "channel" ? "store" : "none", query.GroupBy);
    }

    [Theory]
    [InlineData("why did GMV drop in Hangzhou last month", "city", "Hangzhou")]
    [InlineData("why did orders drop in East China last week", "region", "east")]
    [InlineData("orders dropped at Tmall last month, why", "channel", "tmall")]
    public void A_fall_in_a_place_keeps_the_place(string question, string dimension, string value) =>
        Assert.Contains(new QueryFilter(dimension, QueryFilterOperator.In, [value]), Query(question).Filters);

    [Fact]
    public void Drop_before_a_value_still_removes_it() =>
        Assert.Contains(new QueryFilter("channel", QueryFilterOperator.NotIn, ["tmall"]), Query("drop Tmall and show me GMV by region last month").Filters);
}
