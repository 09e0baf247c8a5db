using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>At least / at most / 至少 / 最少也 bound a value; they ask for no end of a ranking and no limit.</summary>
public sealed class BoundWordsTests
{
    [Theory]
    [InlineData("customers who bought at least once last month")]
    [InlineData("orders with at least three items")]
    [InlineData("stores that had at most 2 refunds")]
    [InlineData("at the very least give me gmv for june")]
    [InlineData("gmv last month, at least roughly")]
    [InlineData("上个月至少买过两次的会员有多少")]
    [InlineData("这个月每家店最少也有几十单吧，订单数多少")]
    [InlineData("至多退过一次款的顾客")]
    public void A_bound_is_no_ranking(string text) => Assert.Null(RankingDetector.Detect(text));

    [Theory]
    [InlineData("which store had the least visitors, at least in june", RankingEnd.Lowest, 1)]
    [InlineData("最少的门店是哪家，至少列出来", RankingEnd.Lowest, 1)]
    [InlineData("at least show the top 3 channels", RankingEnd.Highest, 3)]
    public void A_ranking_beside_a_bound_stays(string text, RankingEnd end, int limit)
    {
        var ranking = RankingDetector.Detect(text);
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Equal(limit, ranking.Limit);
    }
}
