using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values left out in casual words ("leave JD out of it", "奥莱那种店就不算了"), colloquial words for a category (吃的, 穿的),
/// grain words inside longer words (年龄段, 季节, 天津), and lists that name every value of a dimension (no filter).
/// </summary>
public sealed class CasualLeaveOutKindsTests
{
    [Theory]
    [InlineData("GMV last month, and leave JD out of it", "channel", "jd")]
    [InlineData("orders last week, count Douyin out of the numbers", "channel", "douyin")]
    [InlineData("refunds last month, take the Mini Program out of it", "channel", "miniapp")]
    [InlineData("last month's refunds minus the miniapp", "channel", "miniapp")]
    [InlineData("上个月的退款金额，奥莱那种店就不算了", "store_type", "outlet")]
    [InlineData("上个月退款金额，旗舰店那类的不要", "store_type", "flagship")]
    [InlineData("上个月的订单数，标准店这种店去掉", "store_type", "standard")]
    public void A_value_with_a_leaving_out_word_in_its_clause_is_excluded(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters.Single());
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("各渠道的订单数，门店那块去掉")]
    [InlineData("上个月分渠道的GMV，门店的不要")]
    public void An_excluded_value_of_the_split_dimension_leaves_the_split_alone(string question)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, ["store"]), query.Filters.Single());
    }

    [Theory]
    [InlineData("gmv, and leave ", " out of it", true)]
    [InlineData("orders, keep the ", " out", true)]
    [InlineData("how much came from ", " out of the total", false)]
    [InlineData("share of ", " out of all channels", false)]
    public void Out_after_a_value_leaves_it_out_only_after_a_leaving_verb(string before, string after, bool leftOut) =>
        Assert.Equal(leftOut, ExclusionMarkers.IsLeftOut(before, after));

    [Theory]
    [InlineData("上个月吃的东西卖了多少件", "food")]
    [InlineData("上个月吃喝类的销量", "food")]
    [InlineData("上个月穿的卖了多少件", "apparel")]
    [InlineData("how many things to eat did we sell last month", "food")]
    public void A_colloquial_word_for_a_category_is_its_value(string question, string code) =>
        Assert.Contains(new QueryFilter("category", QueryFilterOperator.In, [code]), Query(question).Filters);

    [Theory]
    [InlineData("按年龄段看一下付款客户")]
    [InlineData("各年龄段的付款客户数")]
    [InlineData("按季节看一下销量")]
    [InlineData("分天津和上海看上个月GMV")]
    [InlineData("每日用品的销量")]
    [InlineData("GMV by month-end")]
    public void A_grain_word_inside_a_longer_word_is_no_grain(string question) =>
        Assert.Null(GrainDetector.Detect(question).Grain);

    [Theory]
    [InlineData("按年度看GMV", TimeGrain.Year)]
    [InlineData("月度GMV", TimeGrain.Month)]
    [InlineData("按季度的订单数", TimeGrain.Quarter)]
    [InlineData("周度访客数", TimeGrain.Week)]
    [InlineData("按年看GMV", TimeGrain.Year)]
    [InlineData("每年的GMV", TimeGrain.Year)]
    [InlineData("按月份看GMV", TimeGrain.Month)]
    public void Grain_words_of_their_own_still_give_grains(string question, TimeGrain grain) =>
        Assert.Equal(grain, GrainDetector.Detect(question).Grain);

    [Fact]
    public void An_unknown_split_whose_word_begins_with_a_grain_is_named_not_understood()
    {
        var result = Understand("按年龄段看一下上个月的付款客户");
        Assert.Contains(result.Notices.OfType<NotUnderstood>(), n => n.Text.Contains("年龄段", StringComparison.Ordinal));
        Assert.Null(result.Query!.Grain);
    }

    [Theory]
    [InlineData("门店、天猫、京东、小程序、抖音这五个渠道上个月的取消率都列一下")]
    [InlineData("天猫、京东、小程序、抖音和门店这几个渠道上个月订单数各多少")]
    [InlineData("cancellation rate last month for stores, Tmall, JD, the mini program and Douyin, each")]
    public void A_list_of_every_value_asked_each_is_a_split_without_a_filter(string question)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("上个月订单数，进店的加线上的都算")]
    [InlineData("线上的加进店的，上个月访客数一共多少")]
    [InlineData("last month's orders, in-store plus online")]
    [InlineData("orders last month, online as well as in-store")]
    public void Values_joined_to_cover_every_channel_are_no_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }
}
