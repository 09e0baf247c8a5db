using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// "每家旗舰店", "每间奥特莱斯店", "each flagship store": each of the stores of a kind, so split by store and filtered on the kind.
/// A place's stores pointed at as a group ("深圳啲店", "上海那些店", "the Hangzhou stores", "北京的店") name the rows only: the place
/// is a filter and nothing is split, unless a ranking or 每 / each asks for them one by one.
/// </summary>
public sealed class EachStoreOfAKindTests
{
    [Theory]
    [InlineData("上个月每家旗舰店的GMV", "gmv", "flagship")]
    [InlineData("上个月每间奥特莱斯店的GMV", "gmv", "outlet")]
    [InlineData("上个月每个旗舰店的订单数", "order_count", "flagship")]
    [InlineData("last month's GMV for each flagship store", "gmv", "flagship")]
    [InlineData("GMV of every outlet store last month", "gmv", "outlet")]
    public void Each_store_of_a_kind_splits_by_store(string question, string metric, string kind)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(["store"], query.GroupBy);
        Assert.Equal([new QueryFilter("store_type", QueryFilterOperator.In, [kind])], query.Filters);
    }

    [Theory]
    [InlineData("上个月所有旗舰店的GMV")]
    [InlineData("上个月旗舰店的GMV")]
    public void The_kind_as_a_whole_is_a_filter(string question)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal([new QueryFilter("store_type", QueryFilterOperator.In, ["flagship"])], query.Filters);
    }

    [Theory]
    [InlineData("上个月深圳啲店嘅访客数", "visitors", "Shenzhen")]
    [InlineData("上个月上海那些店的订单数", "order_count", "Shanghai")]
    [InlineData("the Hangzhou stores' GMV last month", "gmv", "Hangzhou")]
    [InlineData("北京的店上个月卖了多少", "gmv", "Beijing")]
    public void A_places_stores_are_a_filter(string question, string metric, string city)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.GroupBy);
        Assert.Equal([new QueryFilter("city", QueryFilterOperator.In, [city])], query.Filters);
    }

    [Theory]
    [InlineData("上海每家店的订单数")]
    [InlineData("上个月上海的店哪家GMV最高")]
    public void Each_or_a_ranking_still_splits(string question)
    {
        var query = Query(question);
        Assert.Equal(["store"], query.GroupBy);
        Assert.Equal([new QueryFilter("city", QueryFilterOperator.In, ["Shanghai"])], query.Filters);
    }
}
