using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Words naming every value of a dimension (全渠道, 所有门店类型, "across all channels") restrict and split nothing; a dimension
/// said as the dimension ("region 维度", "by the channel dimension", "cut by channel") is a split by it.
/// </summary>
public sealed class WholeSetAndDimensionWordTests
{
    [Theory]
    [InlineData("全渠道上个月的GMV")]
    [InlineData("上个月全渠道订单数")]
    [InlineData("上个月所有渠道的GMV")]
    [InlineData("上个月全部门店类型的订单数")]
    [InlineData("上季度全部区域的访客数")]
    [InlineData("GMV last month across all channels")]
    [InlineData("orders last month for all store types")]
    [InlineData("visitors last quarter across all regions")]
    public void A_word_naming_every_value_is_neither_split_nor_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("last month's GMV, stores and online combined")]
    [InlineData("visitors last month in stores and on digital channels")]
    [InlineData("orders last month in stores and online")]
    public void Values_said_to_cover_every_channel_are_no_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("所有渠道分别的GMV，上个月")]
    [InlineData("上个月所有门店类型的GMV各是多少")]
    [InlineData("上个月所有渠道里哪个GMV最高")]
    public void A_whole_set_asked_each_or_ranked_still_splits(string question) =>
        Assert.NotEmpty(Query(question).GroupBy);

    [Theory]
    [InlineData("上季度 region 维度 GMV", "region")]
    [InlineData("上个月channel 维度的订单数", "channel")]
    [InlineData("上个月按门店类型维度的GMV", "store_type")]
    [InlineData("上个月 city 维度看访客数", "city")]
    [InlineData("last month's GMV by the region dimension", "region")]
    [InlineData("last month's orders cut by channel", "channel")]
    [InlineData("上个月GMV cut by region", "region")]
    [InlineData("上个月订单数，store_type 维度", "store_type")]
    [InlineData("上个月按 online_offline 维度的GMV", "online_offline")]
    public void A_dimension_said_as_the_dimension_splits_by_it(string question, string dimension) =>
        Assert.Equal([dimension], Query(question).GroupBy);
}
