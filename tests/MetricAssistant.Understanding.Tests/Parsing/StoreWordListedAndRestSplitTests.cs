using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Three kinds around a dimension word: a word both a value and a dimension (门店, "stores") listed beside values is the
/// value; a value left out and then "the others each" splits the rest; a metric's own calculation said in the question
/// (各门店人数合计，按月平均) is no split.
/// </summary>
public sealed class StoreWordListedAndRestSplitTests
{
    [Theory]
    [InlineData("上个月天猫和门店分别多少GMV", "tmall", "store")]
    [InlineData("上个月京东、门店的订单数各是多少", "jd", "store")]
    [InlineData("last month GMV for Tmall and stores separately", "tmall", "store")]
    [InlineData("门店和小程序的GMV比一下", "store", "miniapp")]
    [InlineData("上个月in-store vs Douyin GMV", "store", "douyin")]
    [InlineData("GMV last month, Douyin vs stores", "douyin", "store")]
    public void A_store_word_listed_beside_channels_is_the_in_store_channel(string question, string first, string second)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, [first, second]), query.Filters.Single());
    }

    [Theory]
    [InlineData("GMV last month across stores and digital channels")]
    [InlineData("上个月门店和线上渠道加起来的GMV")]
    public void Stores_with_every_online_channel_are_every_channel(string question)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void Each_store_is_still_the_store_split() => Assert.Equal(["store"], Query("上个月各门店的GMV").GroupBy);

    [Theory]
    [InlineData("上个月天猫和门店分别多少GMV", "门店那块去掉")]
    [InlineData("last month GMV for Tmall and stores separately", "drop the in-store part")]
    public void The_in_store_part_dropped_after_the_list_leaves_the_other_value(string first, string second)
    {
        var query = Chain(first, second).Query;
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["tmall"]), query.Filters.Single());
        Assert.DoesNotContain("store", query.GroupBy);
    }

    [Theory]
    [InlineData("旗舰店的不要 其他店型上个月分别多少GMV", "store_type", "flagship")]
    [InlineData("奥莱店不算 其他店型上个月订单数各是多少", "store_type", "outlet")]
    [InlineData("京东不算其余渠道上个月GMV各自多少", "channel", "jd")]
    [InlineData("excluding Tmall, GMV last month for each of the other channels", "channel", "tmall")]
    [InlineData("leave out the outlets, orders last month for every one of the remaining store types", "store_type", "outlet")]
    public void Left_out_then_the_others_each_splits_the_rest(string question, string dimension, string left)
    {
        var query = Query(question);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [left]), query.Filters.Single());
    }

    [Theory]
    [InlineData("上个月各门店员工人数合计，按月平均")]
    [InlineData("今年各门店员工人数加起来，再按月取平均")]
    [InlineData("sum headcount across stores, averaged over the months")]
    [InlineData("add up headcount over all stores each month, then average over the months, this year")]
    public void A_metrics_own_calculation_said_is_no_split(string question)
    {
        var query = Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Empty(query.GroupBy);
        Assert.Null(query.Grain);
    }

    [Theory]
    [InlineData("各门店的平均在岗人数")]
    [InlineData("average headcount by store last quarter")]
    public void Headcount_for_each_store_still_splits(string question) =>
        Assert.Equal(["store"], Query(question).GroupBy);
}
