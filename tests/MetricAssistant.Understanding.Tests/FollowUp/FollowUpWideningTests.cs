using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Follow-ups that must neither flip nor widen the question (issue #12): "only X" narrows to X, a total
/// drops the split, "the same day last year" is one day, "倒过来" turns the ranking round, and another
/// metric judges "best" and "worst" again by its own good direction.
/// </summary>
public sealed class FollowUpWideningTests
{
    [Theory]
    // "Only X" keeps X, however it is said; one value of the split asked for alone is that value's total.
    [InlineData("上个月各渠道的GMV", "只看天猫", "上个月天猫的GMV", FollowUpChange.Filter)]
    [InlineData("GMV by channel last month", "just Tmall", "GMV on Tmall last month", FollowUpChange.Filter)]
    [InlineData("GMV by channel last month", "nothing but Tmall", "GMV on Tmall last month", FollowUpChange.Filter)]
    [InlineData("GMV by channel last month", "remove everything except Tmall", "GMV on Tmall last month", FollowUpChange.Filter)]
    [InlineData("上个月各渠道的GMV", "天猫之外的都不要", "上个月天猫的GMV", FollowUpChange.Filter)]
    [InlineData("上个月各渠道的GMV", "除了天猫其他都不要", "上个月天猫的GMV", FollowUpChange.Filter)]
    [InlineData("上个月除了天猫的GMV", "只看天猫呢", "上个月天猫的GMV", FollowUpChange.Filter)]
    [InlineData("上个月各区域的订单数", "只看华东", "上个月华东的订单数", FollowUpChange.Filter)]
    // Two values of the split keep it, to compare them.
    [InlineData("上个月各渠道的GMV", "只看天猫和京东", "上个月天猫和京东各渠道的GMV", FollowUpChange.Filter)]
    // A total drops the split: all of it, or only the dimension it is taken over.
    [InlineData("上个月各渠道的GMV", "总共呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("上个月各渠道的GMV", "加起来呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("上个月各渠道的GMV", "不分渠道", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "what about the total", "GMV last month", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "the total across channels", "GMV last month", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "total?", "GMV last month", FollowUpChange.Removal)]
    [InlineData("GMV by region and channel last month", "all channels combined", "GMV by region last month", FollowUpChange.Removal)]
    [InlineData("上个月各区域各渠道的GMV", "各渠道加起来", "上个月各区域的GMV", FollowUpChange.Removal)]
    [InlineData("上个月各渠道的GMV", "合起来呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("上个月各渠道的GMV", "那全部渠道呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "sum it up", "GMV last month", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "not split by channel", "GMV last month", FollowUpChange.Removal)]
    [InlineData("GMV by channel last month", "what about all channels together", "GMV last month", FollowUpChange.Removal)]
    // A split taken away over values shown keeps them: the sum of the rows shown, not every value.
    [InlineData("上个月华东和华南各自的订单数", "不分区域了", "上个月华东和华南的订单数", FollowUpChange.Removal)]
    [InlineData("orders for North China and Central China last month, by region", "drop the region split", "orders for North China and Central China last month", FollowUpChange.Removal)]
    [InlineData("上个月天猫和京东各渠道的GMV", "这两个渠道合计多少", "上个月天猫和京东的GMV", FollowUpChange.Removal)]
    [InlineData("GMV by channel excluding Douyin last month", "what's the total across those channels", "GMV excluding Douyin last month", FollowUpChange.Removal)]
    [InlineData("GMV by channel excluding Douyin last month", "the total over these channels?", "GMV excluding Douyin last month", FollowUpChange.Removal)]
    // A dimension only filtered, taken away, lifts its filter.
    [InlineData("上个月天猫的GMV", "去掉渠道", "上个月的GMV", FollowUpChange.Removal)]
    // A value taken away stays an exclusion, however it is said.
    [InlineData("GMV by channel last month", "drop Tmall", "GMV by channel excluding Tmall last month", FollowUpChange.Filter)]
    [InlineData("上个月各渠道的GMV", "去掉天猫", "上个月除了天猫各渠道的GMV", FollowUpChange.Filter)]
    // The same day (month, week) a year back is that one period, not the whole year.
    [InlineData("2025年6月18日的GMV", "去年同一天呢", "2024年6月18日的GMV", FollowUpChange.Time)]
    [InlineData("昨天的GMV", "去年今天呢", "2024年7月14日的GMV", FollowUpChange.Time)]
    [InlineData("2025年6月华东的GMV", "去年同月呢", "2024年6月华东的GMV", FollowUpChange.Time)]
    [InlineData("GMV on June 18 2025", "the same day last year", "GMV on June 18 2024", FollowUpChange.Time)]
    [InlineData("GMV by channel in June 2025", "same month last year?", "GMV by channel in June 2024", FollowUpChange.Time)]
    [InlineData("2025年6月18日的GMV", "上周同一天呢", "2025年6月11日的GMV", FollowUpChange.Time)]
    [InlineData("上周的GMV", "去年同一周呢", "2024年7月8日到7月14日的GMV", FollowUpChange.Time)]
    // The ranking turned round.
    [InlineData("上个月GMV前5的门店", "倒过来", "上个月GMV最低的5家门店", FollowUpChange.Ranking)]
    [InlineData("top 5 stores by GMV last month", "the other way round", "bottom 5 stores by GMV last month", FollowUpChange.Ranking)]
    [InlineData("上个月各门店的GMV", "从低到高排", "上个月各门店的GMV从低到高", FollowUpChange.Ranking)]
    // English cues end at a Chinese particle: "overall呢", "reverse一下", "same day last year呢".
    [InlineData("上个月GMV前5的门店", "reverse一下", "上个月GMV最低的5家门店", FollowUpChange.Ranking)]
    [InlineData("上个月各渠道的GMV", "overall呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("2025年6月18日的GMV", "same day last year呢", "2024年6月18日的GMV", FollowUpChange.Time)]
    // The grain taken away: 不分周了.
    [InlineData("上个月每周的GMV", "不分周了", "上个月的GMV", FollowUpChange.Grain)]
    [InlineData("上个月每周的GMV", "不按周，合计多少", "上个月的GMV", FollowUpChange.Grain)]
    // The period compared against is the comparison's, not a new period.
    [InlineData("上个月天猫的GMV", "compare一下去年", "上个月天猫的GMV同比", FollowUpChange.Comparison)]
    [InlineData("GMV on Tmall in Q2 2025", "compare that with last year", "GMV on Tmall in Q2 2025 vs last year", FollowUpChange.Comparison)]
    [InlineData("GMV on June 18 2024", "compare with the day before", "GMV on June 18 2024 day over day", FollowUpChange.Comparison)]
    // "order" in "reverse the order" is no metric.
    [InlineData("top 5 stores by GMV last month", "reverse the order", "bottom 5 stores by GMV last month", FollowUpChange.Ranking)]
    public void A_follow_up_runs_the_query_of_its_full_question(string previous, string followUp, string full, FollowUpChange change)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
        Assert.Contains(change, result.Changes);
    }

    [Theory]
    // Best and worst are judged again by the new metric; highest and lowest stay values.
    [InlineData("上个月退款率最好的门店", "换成GMV", "上个月GMV最好的门店")]
    [InlineData("上个月GMV最差的3家门店", "那退款率呢", "上个月退款率最差的3家门店")]
    [InlineData("best store by GMV last month", "what about refund rate", "best store by refund rate last month")]
    [InlineData("worst channels by cancellation rate last month", "and order count?", "worst channels by order count last month")]
    [InlineData("上个月GMV最高的门店", "那退款率呢", "上个月退款率最高的门店")]
    [InlineData("lowest 3 stores by GMV last month", "what about refund rate", "lowest 3 stores by refund rate last month")]
    // A judgement turned round is the other judgement.
    [InlineData("上个月退款率最好的3家门店", "倒过来", "上个月退款率最差的3家门店")]
    public void Another_metric_ranks_by_the_end_that_was_asked_for(string previous, string followUp, string full)
    {
        var result = Chain(previous, followUp);
        Assert.Equal(Query(full), result.Query);
        Assert.Equal(Understand(full).Ranking, result.Ranking);
    }

    [Fact]
    public void A_judgement_carries_through_a_chain()
    {
        var result = Chain("上个月退款率最好的门店", "换成GMV", "那取消率呢");
        Assert.Equal(Query("上个月取消率最好的门店"), result.Query);
    }

    [Theory]
    // "Total" inside a metric's name is that metric, not a total.
    [InlineData("上个月各区域的新增会员", "总会员数呢")]
    public void A_metric_named_with_a_total_word_keeps_the_split(string previous, string followUp)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(previous).GroupBy, result.Query.GroupBy);
    }
}
