using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A ranking's count said after its superlative: 最高的两个, 最低的那五家, code-switched "best 的三个", "worst 的两家", whatever the
/// word (最拉胯, 最火), the measure word (Cantonese 嗰四间, 两只) or where the count is said (头三个, "say four", "three of them",
/// 四家就行). The count is the limit, never the one row of a superlative alone; the superlative the end (best and worst by the
/// metric's direction).
/// </summary>
public sealed class CountAfterSuperlativeTests
{
    [Theory]
    [InlineData("取消率 best 的三个 city，Q1", RankingEnd.Best, 3)]
    [InlineData("退款金额 worst 的两家门店", RankingEnd.Worst, 2)]
    [InlineData("订单数 highest 的四个渠道", RankingEnd.Highest, 4)]
    [InlineData("GMV 最低的那五家店", RankingEnd.Lowest, 5)]
    [InlineData("退款率最高的两个区域", RankingEnd.Highest, 2)]
    [InlineData("best three channels by GMV", RankingEnd.Best, 3)]
    [InlineData("the worst 2 stores by cancellations", RankingEnd.Worst, 2)]
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
    public void The_count_after_the_superlative_is_the_limit(string question, RankingEnd end, int limit)
    {
        var ranking = RankingDetector.Detect(question.ToLowerInvariant());
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
    // Cancellations are good low: the best three are the three lowest.
    [InlineData("取消率 best 的三个 city，Q1", "cancel_rate", "city", false, 3)]
    [InlineData("上个月退款金额 worst 的两家门店", "refund_amount", "store", true, 2)]
    [InlineData("上个月GMV最低的那五家店", "gmv", "store", false, 5)]
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
