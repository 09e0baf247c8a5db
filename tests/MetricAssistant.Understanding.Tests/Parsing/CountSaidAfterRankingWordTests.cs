using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A count said after a superlative or direction word is the limit, whatever the word (最拉胯, 最火), the measure word (Cantonese
/// 嗰四间, 两只) or where the count is said (头三个, "say four", "three of them", 四家就行): never the one row of a superlative alone.
/// </summary>
public sealed class CountSaidAfterRankingWordTests
{
    [Theory]
    [InlineData("上个月gmv最拉胯的两家门店", RankingEnd.Worst, 2)]
    [InlineData("最火的那三个品类", RankingEnd.Highest, 3)]
    [InlineData("人效最差那四间店", RankingEnd.Worst, 4)]
    [InlineData("退款率最高的两只渠道", RankingEnd.Highest, 2)]
    [InlineData("gmv最高的头三个城市", RankingEnd.Highest, 3)]
    [InlineData("gmv头五家门店", RankingEnd.Highest, 5)]
    [InlineData("最差的门店，四家就行", RankingEnd.Worst, 4)]
    [InlineData("show me the worst few stores - say four", RankingEnd.Worst, 4)]
    [InlineData("bottom ones, three of them", RankingEnd.Lowest, 3)]
    [InlineData("highest cities, five of them", RankingEnd.Highest, 5)]
    [InlineData("the best stores, let's say 6", RankingEnd.Best, 6)]
    public void The_count_is_the_limit(string text, RankingEnd end, int limit)
    {
        var ranking = RankingDetector.Detect(text);
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Equal(limit, ranking.Limit);
    }

    [Theory]
    // A time is no count: "头三个月" is the first three months.
    [InlineData("头三个月的gmv")]
    [InlineData("里头三个渠道")]
    public void A_head_that_is_no_count_ranks_nothing(string text) => Assert.Null(RankingDetector.Detect(text));

    [Theory]
    [InlineData("上个月GMV最拉胯的两家门店", "gmv", "store", false, 2)]
    [InlineData("上个月人效最差嗰四间店", "revenue_per_staff", "store", false, 4)]
    [InlineData("上个月GMV头三个城市", "gmv", "city", true, 3)]
    [InlineData("上个月退款率最好的那两个城市", "refund_rate", "city", false, 2)]
    [InlineData("show me last month's GMV for the worst few stores — say four", "gmv", "store", false, 4)]
    [InlineData("GMV by store last month, bottom ones, three of them", "gmv", "store", false, 3)]
    public void The_query_ranks_that_many(string question, string metric, string dimension, bool desc, int limit)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(desc, Assert.Single(query.OrderBy!).Desc);
        Assert.Equal(limit, query.Limit);
    }
}
