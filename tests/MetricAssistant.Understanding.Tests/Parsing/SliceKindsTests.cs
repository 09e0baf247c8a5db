using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Four kinds of slices: values joined with a place word repeated cover the whole dimension; "which of the listed values"
/// with the dimension word between; a row noun qualified by a value; and a kind of store the catalog does not list.
/// </summary>
public sealed class SliceKindsTests
{
    [Theory]
    [InlineData("visitors last week in our stores or onto our online shops")]
    [InlineData("visitors last month into our stores and into our online shops")]
    [InlineData("上周门店和线上加起来的访客")]
    public void Values_joined_that_cover_the_dimension_restrict_nothing(string question)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("上季度华北和华中哪个区的预约数多一些", "region", "north", "central")]
    [InlineData("上个月华东跟西南哪个大区的订单数少一点", "region", "east", "southwest")]
    [InlineData("上个月天猫和京东哪个渠道的GMV高", "channel", "tmall", "jd")]
    [InlineData("Tmall or JD, which channel had more orders last month", "channel", "tmall", "jd")]
    public void Which_of_listed_values_with_the_dimension_word_between_splits_by_them(string question, string dimension, string first, string second)
    {
        var query = Query(question);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [first, second]), query.Filters.Single());
        Assert.True(query.OrderBy!.Single().Desc);
    }

    [Theory]
    [InlineData("Could you quantify refunds issued on JD.com orders last week?", "jd")]
    [InlineData("refunds issued on Douyin orders last month", "douyin")]
    [InlineData("上个月京东订单的退款金额", "jd")]
    public void A_row_noun_qualified_by_a_value_is_no_second_metric(string question, string channel)
    {
        var query = Query(question);
        Assert.Equal(["refund_amount"], query.Metrics);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, [channel]), query.Filters.Single());
    }

    [Theory]
    [InlineData("上个月GMV，不算加盟店", "加盟")]
    [InlineData("上个月只看加盟店的GMV", "加盟")]
    [InlineData("上个月GMV，加盟店除外", "加盟")]
    [InlineData("上个月社区店的GMV", "社区")]
    [InlineData("上个月直营店的GMV", "直营")]
    [InlineData("revenue excluding franchise stores last month", "franchise")]
    [InlineData("GMV last month, franchise stores only", "franchise")]
    public void A_kind_of_store_the_catalog_lacks_is_neither_split_nor_channel_and_is_named(string question, string word)
    {
        var result = Understand(question);
        Assert.NotNull(result.Query);
        Assert.Empty(result.Query!.GroupBy);
        Assert.Empty(result.Query.Filters);
        Assert.Contains(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上个月旗舰店的GMV", "store_type", "flagship")]
    [InlineData("上个月奥莱店的GMV", "store_type", "outlet")]
    [InlineData("GMV at outlet stores last month", "store_type", "outlet")]
    [InlineData("GMV at physical stores last month", "channel", "store")]
    [InlineData("上个月实体店的访客", "channel", "store")]
    [InlineData("last week 门店的客单价", "channel", "store")]
    [InlineData("this month 门店的GMV", "channel", "store")]
    [InlineData("Q2 门店的订单数", "channel", "store")]
    public void Known_kinds_and_the_store_channel_keep_working(string question, string dimension, string code) =>
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [code]), Understand(question).Query!.Filters.Single());

    [Theory]
    [InlineData("GMV by store last month")]
    [InlineData("上个月各门店的GMV")]
    [InlineData("上个月哪家店GMV最高")]
    public void Store_splits_keep_working(string question) =>
        Assert.Equal(["store"], Query(question).GroupBy);

    // 每家 / 各家 before a dimension word asks for each of them, as 每个 does; 门店 after it is the store, never the channel.
    [Theory]
    [InlineData("上个月每家门店的GMV", "gmv", "store")]
    [InlineData("上季度每一家门店的订单数", "order_count", "store")]
    [InlineData("去年各家门店的客单价", "aov", "store")]
    [InlineData("上个月每家城市的支付用户数", "paying_customers", "city")]
    public void Each_said_with_a_measure_word_splits_by_the_dimension(string question, string metric, string dimension)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Empty(query.Filters);
    }
}
