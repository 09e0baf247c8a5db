using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A ranking's count said after its superlative: 最高的两个, 最低的那五家, code-switched "best 的三个", "worst 的两家". The count is
/// the limit, the superlative the end (best and worst by the metric's direction).
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
    public void The_count_after_the_superlative_is_the_limit(string question, RankingEnd end, int limit)
    {
        var ranking = RankingDetector.Detect(question.ToLowerInvariant());
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Equal(limit, ranking.Limit);
    }

    [Theory]
    // Cancellations are good low: the best three are the three lowest.
    [InlineData("取消率 best 的三个 city，Q1", "cancel_rate", "city", false, 3)]
    [InlineData("上个月退款金额 worst 的两家门店", "refund_amount", "store", true, 2)]
    [InlineData("上个月GMV最低的那五家店", "gmv", "store", false, 5)]
    public void The_query_ranks_that_many(string question, string metric, string dimension, bool desc, int limit)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(desc, Assert.Single(query.OrderBy!).Desc);
        Assert.Equal(limit, query.Limit);
    }
}
