using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// 门店 / "store" is the store dimension and the in-store channel. Taken away while the answer is split by store, it is the split
/// that goes (and the ranking of its rows with it); with no split by store it stays the channel excluded.
/// </summary>
public sealed class FollowUpDimensionOrValueTests
{
    [Theory]
    [InlineData("上个月各门店的GMV", "不分门店，整体呢")]
    [InlineData("上个月各门店的GMV", "不按门店了")]
    [InlineData("上个月各门店的GMV", "不用按门店拆了")]
    [InlineData("上个月各门店的GMV", "去掉门店")]
    [InlineData("GMV by store last month", "drop the store split")]
    [InlineData("GMV by store last month", "no store breakdown")]
    [InlineData("GMV by store last month", "without the store breakdown")]
    [InlineData("GMV by store last month", "forget the store split")]
    [InlineData("GMV by store last month", "undo the store breakdown")]
    [InlineData("GMV by store last month", "stores combined")]
    [InlineData("上个月各门店的GMV", "门店不分了")]
    [InlineData("上个月哪个门店GMV最高", "不分门店了")]
    [InlineData("which store had the highest GMV last month", "no store breakdown")]
    public void Taken_from_a_split_by_store_the_split_goes_with_its_ranking(string first, string question)
    {
        var before = Query(first);
        var result = Continue(before, question, Understand(first).Ranking);
        Assert.NotNull(result);
        Assert.Empty(result.Query.GroupBy);
        Assert.Empty(result.Query.Filters);
        Assert.Empty(result.Query.Ordering);
        Assert.Null(result.Query.Limit);
        Assert.Null(result.Ranking);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
    }

    [Theory]
    [InlineData("门店合起来")]
    [InlineData("门店不用分了")]
    [InlineData("门店就不分了")]
    public void Taken_from_two_splits_only_the_store_split_goes(string question)
    {
        var result = Continue(Query("上个月各门店各渠道的GMV"), question);
        Assert.NotNull(result);
        Assert.Equal(["channel"], result.Query.GroupBy);
        Assert.Empty(result.Query.Filters);
    }

    [Theory]
    [InlineData("不要门店")]
    [InlineData("without in-store")]
    public void With_no_split_by_store_the_in_store_channel_is_excluded(string question)
    {
        var result = Continue(Query("上个月各渠道的GMV"), question);
        Assert.NotNull(result);
        Assert.Equal(["channel"], result.Query.GroupBy);
        var excluded = result.Query.Filters.Single();
        Assert.Equal(QueryFilterOperator.NotIn, excluded.Operator);
        Assert.Equal(["store"], excluded.Values);
    }

    [Fact]
    public void A_split_asked_after_the_total_is_not_ranked_by_the_split_that_went() =>
        Assert.Null(Chain("上个月哪个门店GMV最高", "不分门店了", "按渠道看").Query.Limit);
}
