using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Follow-ups that build on what the conversation already has rather than replace it: a second exclusion on the same
/// dimension joins the first, "再拆" adds a split under the one there is, two values of a dimension the conversation split
/// by are compared by it again, and "as a percentage of Y" turns the previous metric into the catalog's ratio of it to Y.
/// </summary>
public sealed class FollowUpBuildUpTests
{
    [Theory]
    // With 再 / 也 / too / as well, and bare: people drop one value after another.
    [InlineData("今年各渠道的销量", "去掉抖音", "再去掉京东", "今年除了抖音和京东各渠道的销量")]
    [InlineData("今年各渠道的销量", "去掉抖音", "京东也去掉", "今年除了抖音和京东各渠道的销量")]
    [InlineData("今年各渠道的销量", "去掉抖音", "去掉京东", "今年除了抖音和京东各渠道的销量")]
    [InlineData("上个月各区域的订单数", "不要华东", "华南也不要了", "上个月除了华东和华南各区域的订单数")]
    [InlineData("GMV by channel last month", "drop Douyin", "drop JD too", "GMV by channel excluding Douyin and JD last month")]
    [InlineData("GMV by channel last month", "without Douyin", "and without JD as well", "GMV by channel excluding Douyin and JD last month")]
    [InlineData("GMV by channel last month", "excluding Douyin", "exclude JD", "GMV by channel excluding Douyin and JD last month")]
    [InlineData("上个月各渠道的GMV", "去掉抖音", "把京东也去掉吧", "上个月除了抖音和京东各渠道的GMV")]
    [InlineData("上个月各渠道的GMV", "去掉抖音", "京东也不算", "上个月除了抖音和京东各渠道的GMV")]
    [InlineData("GMV by channel last month", "drop Douyin", "remove JD as well", "GMV by channel excluding Douyin and JD last month")]
    // Said to replace the exclusion before, it does.
    [InlineData("今年各渠道的销量", "去掉抖音", "换成去掉京东", "今年除了京东各渠道的销量")]
    [InlineData("GMV by channel last month", "drop Douyin", "drop JD instead", "GMV by channel excluding JD last month")]
    // So does the same question asked another way ("what about …", "那…呢"), unless it says one more.
    [InlineData("今年各渠道的销量", "去掉抖音", "那除了京东呢", "今年除了京东各渠道的销量")]
    [InlineData("今年各渠道的销量", "去掉抖音", "还是去掉京东吧", "今年除了京东各渠道的销量")]
    [InlineData("今年各渠道的销量", "去掉抖音", "还要去掉京东", "今年除了抖音和京东各渠道的销量")]
    [InlineData("GMV by channel last month", "drop Douyin", "what about without JD", "GMV by channel excluding JD last month")]
    [InlineData("今年各渠道的销量", "去掉抖音", "那京东也去掉呢", "今年除了抖音和京东各渠道的销量")]
    [InlineData("GMV by channel last month", "drop Douyin", "what about without JD too", "GMV by channel excluding Douyin and JD last month")]
    public void A_second_exclusion_on_the_same_dimension_joins_the_first(string first, string second, string third, string full)
    {
        var result = Chain(first, second, third);
        Assert.Equal(Query(full), result.Query);
        var excluded = Assert.Single(result.Query.Filters);
        Assert.Equal(QueryFilterOperator.NotIn, excluded.Operator);
        Assert.Contains(FollowUpChange.Filter, result.Changes);
    }

    [Theory]
    [InlineData("上个月各城市的GMV", "按门店类型再拆一下", "上个月各城市各门店类型的GMV")]
    [InlineData("上个月各城市的GMV", "再按门店类型拆", "上个月各城市各门店类型的GMV")]
    [InlineData("上个月各区域的订单数", "再按渠道细分一下", "上个月各区域各渠道的订单数")]
    [InlineData("上个月各区域的订单数", "进一步按渠道看", "上个月各区域各渠道的订单数")]
    [InlineData("GMV by city last month", "break that down further by store type", "GMV by city and store type last month")]
    [InlineData("GMV by city last month", "and also by store type", "GMV by city and store type last month")]
    [InlineData("orders by region last month", "drill down by channel", "orders by region and channel last month")]
    [InlineData("上个月各城市的GMV", "同时按门店类型", "上个月各城市各门店类型的GMV")]
    [InlineData("上个月各城市的GMV", "每个城市再按门店类型看", "上个月各城市各门店类型的GMV")]
    [InlineData("上个月各城市的GMV", "再细分到门店类型", "上个月各城市各门店类型的GMV")]
    [InlineData("GMV by city last month", "then by store type", "GMV by city and store type last month")]
    [InlineData("GMV by city last month", "split by store type too", "GMV by city and store type last month")]
    // Without a word that adds, a split replaces the split.
    [InlineData("上个月各城市的GMV", "按门店类型看", "上个月各门店类型的GMV")]
    [InlineData("GMV by city last month", "by store type", "GMV by store type last month")]
    public void A_split_said_to_go_further_is_added_after_the_one_there_is(string previous, string followUp, string full)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
        Assert.Contains(FollowUpChange.GroupBy, result.Changes);
    }

    [Theory]
    [InlineData("上个月各渠道的GMV", "只看天猫", "那京东呢", "只看天猫和京东", "上个月天猫和京东各渠道的GMV")]
    [InlineData("GMV by channel last month", "just Tmall", "what about JD", "only Tmall and JD", "GMV by channel on Tmall and JD last month")]
    [InlineData("上个月各区域的订单数", "只看华东", "换成华南", "华东和华南", "上个月华东和华南各区域的订单数")]
    // Added to the one value left: two values again, compared by the split.
    [InlineData("上个月各渠道的GMV", "只看天猫", "同比呢", "也加上京东", "上个月天猫和京东各渠道的GMV同比")]
    public void Two_values_of_a_dimension_the_conversation_split_by_restore_the_split(string first, string second, string third, string fourth, string full)
    {
        var result = Chain(first, second, third, fourth);
        Assert.Equal(Query(full), result.Query);
    }

    [Fact]
    public void Two_values_of_a_dimension_never_split_by_stay_a_filter()
    {
        var result = Chain("上个月的GMV", "只看天猫", "只看天猫和京东");
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(["tmall", "jd"], Assert.Single(result.Query.Filters).Values);
    }

    [Theory]
    [InlineData("what about refunds", "as a percentage of revenue", "refund rate last month")]
    [InlineData("refunds by channel in Q2 2025", "as a share of GMV", "refund rate by channel in Q2 2025")]
    [InlineData("refund amount on Tmall last month", "relative to revenue", "refund rate on Tmall last month")]
    [InlineData("上个月各渠道的退款金额", "占GMV的比例", "上个月各渠道的退款率")]
    [InlineData("what about refunds", "as % of revenue", "refund rate last month")]
    [InlineData("what about refunds", "divided by GMV", "refund rate last month")]
    [InlineData("上个月的退款金额", "占GMV百分之多少", "上个月的退款率")]
    [InlineData("上个月华东的退款金额", "占销售额的比例呢", "上个月华东的退款率")]
    [InlineData("上个月的毛利", "占商品销售额的比例", "上个月的毛利率")]
    // An amount per unit of the named one: GMV per paid order is AOV.
    [InlineData("GMV by channel last month", "per paid order", "AOV by channel last month")]
    public void A_share_of_another_metric_is_the_catalogs_ratio_of_the_previous_one_to_it(string previous, string followUp, string full)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
        Assert.Contains(FollowUpChange.Metric, result.Changes);
    }

    [Theory]
    [InlineData("下单那个", true)]
    [InlineData("按下单算的", true)]
    [InlineData("付过钱的那些", true)]
    [InlineData("付款口径", true)]
    [InlineData("the paid one", true)]
    [InlineData("the orders-placed version", true)]
    // A question word asks which; it points at nothing offered.
    [InlineData("哪个渠道最多", false)]
    [InlineData("上个月的订单数", false)]
    [InlineData("which channel sold most", false)]
    public void A_reply_points_at_an_option_with_words_that_pick_one(string reply, bool points) =>
        Assert.Equal(points, FollowUpCues.PointsAtAnOption(reply));

    [Theory]
    // No ratio of the catalog has orders over GMV, nor GMV over GMV: read as before.
    [InlineData("上个月的订单数", "占GMV的比例")]
    [InlineData("GMV last month", "as a percentage of revenue")]
    // "for each channel" is a split, not an amount per paid order.
    [InlineData("GMV last month", "paid orders for each channel")]
    public void A_share_the_catalog_does_not_define_is_no_ratio(string previous, string followUp)
    {
        var result = Continue(Query(previous), followUp);
        Assert.True(result is null || result.Query.Metrics.All(id => id is not ("refund_rate" or "gross_margin" or "cancel_rate" or "aov")));
    }
}
