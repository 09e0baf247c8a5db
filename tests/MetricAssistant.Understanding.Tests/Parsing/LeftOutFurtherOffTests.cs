using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values left out by words standing further off than the plain expressions: a removing verb after the value with words between
/// and a resultative ending ("小程序那边的单子先剔除掉", "把银卡会员给刨了"), an English verb in Chinese word order ("把 JD exclude 掉"),
/// the rows described between the expression and the value ("不算那些在华南注册的", "don't count the ones from the north",
/// "leave out anything in the shoes category"). Never read as the value chosen.
/// </summary>
public sealed class LeftOutFurtherOffTests
{
    [Theory]
    // A removing verb after the value, with pointers, nouns of the rows and adverbs between, and a resultative ending.
    [InlineData("上周的GMV，小程序那边的单子先剔除掉", "channel", "miniapp")]
    [InlineData("订单数，把银卡会员给刨了", "member_level", "silver")]
    [InlineData("把家居类刨出去再看毛利", "category", "home")]
    [InlineData("上个月GMV，去掉京东渠道的那部分数据", "channel", "jd")]
    [InlineData("上个月订单数，门店的先拿掉", "channel", "store")]
    [InlineData("上个月GMV，抖音的单子都扣出去", "channel", "douyin")]
    [InlineData("上周销量，华南那边的数据先拿走", "region", "south")]
    [InlineData("上个月的订单数，把金卡的单子剔出去", "member_level", "gold")]
    [InlineData("上个月GMV，小程序的给我剔除掉", "channel", "miniapp")]
    [InlineData("上个月GMV，天猫的先去掉一下", "channel", "tmall")]
    [InlineData("上个月GMV，刨掉了小程序", "channel", "miniapp")]
    // An English removing verb in Chinese word order, with a Chinese ending.
    [InlineData("上周GMV，exclude 掉 Douyin", "channel", "douyin")]
    [InlineData("上周GMV，把 JD exclude 掉", "channel", "jd")]
    [InlineData("上周GMV，remove 掉天猫", "channel", "tmall")]
    [InlineData("上周GMV，天猫的先 exclude 一下", "channel", "tmall")]
    [InlineData("上个月订单数，小程序 drop 掉", "channel", "miniapp")]
    [InlineData("上个月订单数，把抖音 remove 一下", "channel", "douyin")]
    // The rows described between the expression and the value.
    [InlineData("上周新会员，不算那些在华南注册的", "region", "south")]
    [InlineData("上个月订单数，不要算那些从京东下的单", "channel", "jd")]
    [InlineData("上个月的GMV，不计所有来自抖音的", "channel", "douyin")]
    [InlineData("上个月GMV，从抖音来的都不算", "channel", "douyin")]
    [InlineData("上个月新增会员，在华南注册的不要算", "region", "south")]
    [InlineData("上个月订单数，天猫下的单不算", "channel", "tmall")]
    [InlineData("GMV last month, don't include anything that came from JD", "channel", "jd")]
    [InlineData("new members last week, don't count the ones from the north", "region", "north")]
    [InlineData("new members last week, not counting members who signed up in South China", "region", "south")]
    [InlineData("units last week if you leave out anything in the shoes category", "category", "shoes")]
    [InlineData("revenue last week, but don't count anything from Tmall", "channel", "tmall")]
    [InlineData("orders last week, ignoring whatever came through JD", "channel", "jd")]
    [InlineData("units sold last month, leave out everything in the home category", "category", "home")]
    [InlineData("orders last month, excluding any orders that came from Douyin", "channel", "douyin")]
    public void A_value_left_out_further_off_is_excluded(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters.Single());
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    // Nothing else said is dropped: a split, a comparison, a second filter.
    [InlineData("上个月各区域的GMV，小程序那边的单子先剔除掉", "region", null)]
    [InlineData("revenue by region last month, but don't count anything from Tmall", "region", null)]
    [InlineData("上周订单数同比，把 JD exclude 掉", null, Comparison.Yoy)]
    public void A_value_left_out_further_off_keeps_the_rest_of_the_question(string question, string? split, Comparison? compare)
    {
        var query = Query(question);
        Assert.Single(query.Filters, f => f.Operator == QueryFilterOperator.NotIn);
        Assert.DoesNotContain(query.Filters, f => f.Operator == QueryFilterOperator.In);
        Assert.Equal(split is null ? [] : [split], query.GroupBy);
        Assert.Equal(compare, query.Compare);
    }

    [Theory]
    [InlineData("华东上个月的GMV，不算那些从抖音来的", "region", "east", "channel", "douyin")]
    [InlineData("GMV in East China last month, ignoring whatever came through Douyin", "region", "east", "channel", "douyin")]
    [InlineData("金卡会员上个月的订单数，天猫的先 exclude 一下", "member_level", "gold", "channel", "tmall")]
    public void A_value_left_out_further_off_stands_beside_a_value_chosen(string question, string keptDimension, string kept, string leftDimension, string left)
    {
        var query = Query(question);
        Assert.Contains(new QueryFilter(keptDimension, QueryFilterOperator.In, [kept]), query.Filters);
        Assert.Contains(new QueryFilter(leftDimension, QueryFilterOperator.NotIn, [left]), query.Filters);
    }

    [Theory]
    // Removing words that are not said about the value leave it chosen.
    [InlineData("上个月天猫拿了多少GMV", "channel", "tmall")]
    [InlineData("why did JD GMV drop last month", "channel", "jd")]
    [InlineData("去年天猫的GMV", "channel", "tmall")]
    [InlineData("orders from members who signed up in South China", "region", "south")]
    [InlineData("GMV last month from the ones in the north", "region", "north")]
    [InlineData("上个月天猫扣了券之后的GMV", "channel", "tmall")]
    [InlineData("上个月GMV，把天猫的拿出来单独看", "channel", "tmall")]
    public void A_value_near_removing_words_not_about_it_stays_chosen(string question, string dimension, string value) =>
        Assert.Contains(new QueryFilter(dimension, QueryFilterOperator.In, [value]), Query(question).Filters);

    [Theory]
    // A removing word under a negation keeps the value: no value left out, whatever words stand between.
    [InlineData("上个月GMV，别给我把天猫去掉")]
    [InlineData("上个月GMV，不要把京东给刨了")]
    public void A_value_not_to_be_removed_is_not_left_out(string question) =>
        Assert.DoesNotContain(Query(question).Filters, f => f.Operator == QueryFilterOperator.NotIn);
}
