using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Parts of a question said in words the readers did not know, each once answered as a different question: a base said
/// loosely (去年那会儿, "compared with last"), a small movement ("tick up"), a leaving-out verb of the north-east (别整进来) or of
/// Cantonese (唔好计), the rest of a set ("Tmall plus the other online channels"), the asker's own area (我们片区), and "which kind
/// of goods" (哪类商品).
/// </summary>
public sealed class SaidAnotherWayTests
{
    [Theory]
    [InlineData("上个月的访客数跟去年那会儿比", Comparison.Yoy)]
    [InlineData("这个月订单数和去年这时候比怎么样", Comparison.Yoy)]
    [InlineData("did refunds tick up last week", Comparison.Pop)]
    [InlineData("has the cancellation rate crept up this month", Comparison.Pop)]
    [InlineData("did visitors dip last month", Comparison.Pop)]
    [InlineData("this year's visitors compared with last", Comparison.Yoy)]
    [InlineData("June orders vs last?", Comparison.Pop)]
    public void The_base_said_loosely_is_compared(string question, Comparison compare) =>
        Assert.Equal(compare, FollowUpTestSupport.Query(question).Compare);

    [Theory]
    [InlineData("上礼拜的订单，旗舰店那种就别整进来了", "store_type", "flagship")]
    [InlineData("上个月的访客，门店的别弄进来", "channel", "store")]
    [InlineData("上个月嘅GMV，天猫嗰啲唔好计", "channel", "tmall")]
    public void A_value_left_out_in_other_words_is_not_in(string question, string dimension, string value) =>
        Assert.Equal([new QueryFilter(dimension, QueryFilterOperator.NotIn, [value])], FollowUpTestSupport.Query(question).Filters);

    [Theory]
    [InlineData("refund rate last month for JD plus the other online channels")]
    [InlineData("上个月天猫加上其他线上渠道的访客数")]
    public void A_value_with_the_rest_of_its_set_is_the_set(string question) =>
        Assert.Equal([new QueryFilter("online_offline", QueryFilterOperator.In, ["online"])], FollowUpTestSupport.Query(question).Filters);

    [Theory]
    [InlineData("我们片区上个月的GMV")]
    [InlineData("咱们大区上周的订单数")]
    public void The_askers_own_area_is_no_split(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void Our_stores_are_still_the_in_store_channel() =>
        Assert.Equal([new QueryFilter("channel", QueryFilterOperator.In, ["store"])], FollowUpTestSupport.Query("上个月我们门店的访客数").Filters);

    [Theory]
    [InlineData("上个月哪一类商品的毛利率最差", "gross_margin", false)]
    [InlineData("上个月哪类商品卖得最好", "item_sales", true)]
    public void Which_kind_of_goods_splits_by_category(string question, string metric, bool desc)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(["category"], query.GroupBy);
        Assert.Equal(desc, query.OrderBy!.Single().Desc);
        Assert.Equal(1, query.Limit);
    }
}
