using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Value superlatives (最高 / lowest / top / bottom) order by value; judgement superlatives (最好 / 最差 /
/// 垫底 / best / worst / underperforming) by which way the metric is good, read from the catalog.
/// </summary>
public sealed class RankingDirectionTests
{
    [Theory]
    [InlineData("最高", RankingEnd.Highest)]
    [InlineData("最多", RankingEnd.Highest)]
    [InlineData("top", RankingEnd.Highest)]
    [InlineData("highest", RankingEnd.Highest)]
    [InlineData("最低", RankingEnd.Lowest)]
    [InlineData("最少", RankingEnd.Lowest)]
    [InlineData("bottom", RankingEnd.Lowest)]
    [InlineData("lowest", RankingEnd.Lowest)]
    [InlineData("least", RankingEnd.Lowest)]
    [InlineData("最好", RankingEnd.Best)]
    [InlineData("最佳", RankingEnd.Best)]
    [InlineData("表现最好", RankingEnd.Best)]
    [InlineData("best", RankingEnd.Best)]
    [InlineData("best-performing", RankingEnd.Best)]
    // Colloquial praise is a judgement too (for a rate where lower is better it is the lowest end)
    [InlineData("最能打", RankingEnd.Best)]
    [InlineData("最给力", RankingEnd.Best)]
    [InlineData("最厉害", RankingEnd.Best)]
    [InlineData("top performers", RankingEnd.Best)]
    [InlineData("highest performing", RankingEnd.Best)]
    [InlineData("最差", RankingEnd.Worst)]
    [InlineData("最烂", RankingEnd.Worst)]
    [InlineData("垫底", RankingEnd.Worst)]
    [InlineData("最惨", RankingEnd.Worst)]
    [InlineData("最拉胯", RankingEnd.Worst)]
    [InlineData("最拉垮", RankingEnd.Worst)]
    [InlineData("最严重", RankingEnd.Worst)]
    [InlineData("排名最后", RankingEnd.Worst)]
    [InlineData("表现最差", RankingEnd.Worst)]
    [InlineData("worst", RankingEnd.Worst)]
    [InlineData("worst-performing", RankingEnd.Worst)]
    [InlineData("lowest performing", RankingEnd.Worst)]
    [InlineData("underperforming", RankingEnd.Worst)]
    public void Each_word_names_a_value_or_a_judgement(string word, RankingEnd end) =>
        Assert.Equal(end, RankingDetector.Detect($"哪个门店 {word} store")!.End);

    [Theory]
    [InlineData("top 3 performers", RankingEnd.Best, 3)]
    [InlineData("bottom 5 performing stores", RankingEnd.Worst, 5)]
    [InlineData("表现最差的三家门店", RankingEnd.Worst, 3)]
    [InlineData("最烂的两个渠道", RankingEnd.Worst, 2)]
    [InlineData("underperforming stores", RankingEnd.Worst, null)]
    [InlineData("top 5 underperforming stores", RankingEnd.Worst, 5)]
    public void A_judgement_keeps_its_size(string text, RankingEnd end, int? limit)
    {
        var ranking = RankingDetector.Detect(text);
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Equal(limit, ranking.Limit);
    }

    [Theory]
    [InlineData(RankingEnd.Highest, BetterDirection.Higher, true)]
    [InlineData(RankingEnd.Highest, BetterDirection.Lower, true)]
    [InlineData(RankingEnd.Lowest, BetterDirection.Higher, false)]
    [InlineData(RankingEnd.Lowest, BetterDirection.Lower, false)]
    [InlineData(RankingEnd.Best, BetterDirection.Higher, true)]
    [InlineData(RankingEnd.Best, BetterDirection.Lower, false)]
    [InlineData(RankingEnd.Worst, BetterDirection.Higher, false)]
    [InlineData(RankingEnd.Worst, BetterDirection.Lower, true)]
    public void Only_a_judgement_depends_on_the_metric(RankingEnd end, BetterDirection better, bool desc) =>
        Assert.Equal(desc, new Ranking(end, 1, 0).DescFor(better));

    [Theory]
    // Lower is better: the worst refund rate is the highest one.
    [InlineData("上个月退款率最差的门店", "refund_rate", true, 1)]
    [InlineData("取消率表现最好的三个渠道", "cancel_rate", false, 3)]
    [InlineData("退款金额垫底的区域", "refund_amount", true, 1)]
    [InlineData("which store had the worst cancellation rate last month", "cancel_rate", true, 1)]
    [InlineData("best 3 regions by refund rate", "refund_rate", false, 3)]
    [InlineData("underperforming stores by refund rate", "refund_rate", true, null)]
    // Higher is better: as before, the worst GMV is the lowest one.
    [InlineData("上个月gmv最差的门店", "gmv", false, 1)]
    [InlineData("订单数表现最好的两个城市", "order_count", true, 2)]
    [InlineData("worst 3 stores by gmv", "gmv", false, 3)]
    [InlineData("best-performing channel by aov last month", "aov", true, 1)]
    // Values stay values, whichever way the metric is good.
    [InlineData("退款率最高的门店", "refund_rate", true, 1)]
    [InlineData("lowest cancellation rate by channel", "cancel_rate", false, 1)]
    [InlineData("bottom 3 stores by refund rate", "refund_rate", false, 3)]
    public void A_question_orders_by_the_metrics_good_direction(string question, string metric, bool desc, int? limit)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(metric, query.Metrics[0]);
        Assert.Equal(desc, Assert.Single(query.Ordering).Desc);
        Assert.Equal(limit, query.Limit);
    }

    [Fact]
    public void A_follow_up_judges_by_the_metric_it_ranks()
    {
        var worst = FollowUpTestSupport.Chain("各门店上个月退款率", "最差的三个呢").Query;
        Assert.True(Assert.Single(worst.Ordering).Desc);
        Assert.Equal(3, worst.Limit);
        var best = FollowUpTestSupport.Chain("各门店上个月gmv", "最差的三个呢").Query;
        Assert.False(Assert.Single(best.Ordering).Desc);
    }
}
