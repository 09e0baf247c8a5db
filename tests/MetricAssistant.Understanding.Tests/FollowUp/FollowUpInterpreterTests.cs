using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A follow-up means what its full question means: "2025年6月华东的GMV" then "那华南呢" runs exactly the
/// query of "2025年6月华南的GMV". Each kind of follow-up, in Chinese and English.
/// </summary>
public sealed class FollowUpInterpreterTests
{
    [Theory]
    // A value of the same dimension replaces the filter.
    [InlineData("2025年6月华东的GMV", "那华南呢", "2025年6月华南的GMV", FollowUpChange.Filter)]
    [InlineData("GMV on Tmall in June 2025", "what about JD", "GMV on JD in June 2025", FollowUpChange.Filter)]
    [InlineData("上个月各区域的订单数", "只看天猫", "上个月天猫各区域的订单数", FollowUpChange.Filter)]
    [InlineData("上个月华北的GMV", "换成华东", "上个月华东的GMV", FollowUpChange.Filter)]
    [InlineData("last month's GMV in North China", "how about the south?", "last month's GMV in South China", FollowUpChange.Filter)]
    // "加上" / "also" adds the value.
    [InlineData("上个月华东的GMV", "加上华南", "上个月华东和华南的GMV", FollowUpChange.Filter)]
    [InlineData("East China GMV last month", "also South China", "East China and South China GMV last month", FollowUpChange.Filter)]
    // A split replaces the split.
    [InlineData("上个月华东的GMV", "按渠道看看", "上个月华东各渠道的GMV", FollowUpChange.GroupBy)]
    [InlineData("GMV by region last month", "by city instead", "GMV by city last month", FollowUpChange.GroupBy)]
    [InlineData("2025年各区域的订单数", "分品类呢", "2025年各品类的订单数", FollowUpChange.GroupBy)]
    // A time replaces the range and keeps the grain.
    [InlineData("2025年6月华东的GMV", "去年呢", "去年华东的GMV", FollowUpChange.Time)]
    [InlineData("GMV by channel in June 2025", "and last year?", "GMV by channel last year", FollowUpChange.Time)]
    [InlineData("2025年第一季度按月的订单数", "上个月的呢", "上个月按月的订单数", FollowUpChange.Time)]
    [InlineData("weekly GMV last month", "what about Q1", "weekly GMV in Q1", FollowUpChange.Time)]
    // A time relative to the previous question's own.
    [InlineData("2025年3月华东各渠道的GMV", "再往前一个月呢", "2025年2月华东各渠道的GMV", FollowUpChange.Time)]
    [InlineData("GMV by region in March 2025", "a year earlier?", "GMV by region in March 2024", FollowUpChange.Time)]
    [InlineData("GMV by region in Q1 2025", "the quarter before", "GMV by region in Q4 2024", FollowUpChange.Time)]
    // A grain.
    [InlineData("2025年华东的GMV", "按周看", "2025年华东按周的GMV", FollowUpChange.Grain)]
    [InlineData("GMV last quarter", "weekly", "weekly GMV last quarter", FollowUpChange.Grain)]
    [InlineData("2025年的订单数", "看看趋势呢", "2025年订单数趋势", FollowUpChange.Grain)]
    // A ranking.
    [InlineData("上个月各门店的GMV", "前3呢", "上个月GMV前3的门店", FollowUpChange.Ranking)]
    [InlineData("GMV by city last month", "top 5?", "top 5 cities by GMV last month", FollowUpChange.Ranking)]
    // A comparison.
    [InlineData("上个月华东的GMV", "同比呢", "上个月华东的GMV同比", FollowUpChange.Comparison)]
    [InlineData("GMV by region last month", "vs last year?", "GMV by region last month vs last year", FollowUpChange.Comparison)]
    [InlineData("上个月华东的GMV", "环比呢", "上个月华东的GMV环比", FollowUpChange.Comparison)]
    // Another definition or metric keeps the slice.
    [InlineData("上个月华东各渠道的GMV", "换成下单口径", "上个月华东各渠道的下单GMV", FollowUpChange.Metric)]
    [InlineData("上个月华东的GMV", "换成订单数", "上个月华东的订单数", FollowUpChange.Metric)]
    [InlineData("GMV by channel last month", "what about AOV", "AOV by channel last month", FollowUpChange.Metric)]
    [InlineData("上个月华东的GMV", "那订单数呢", "上个月华东的订单数", FollowUpChange.Metric)]
    // Removals.
    [InlineData("上个月华东天猫的GMV", "不要筛选", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("East China GMV on Tmall last month", "no filters", "GMV last month", FollowUpChange.Removal)]
    [InlineData("上个月华东各渠道的GMV", "去掉渠道", "上个月华东的GMV", FollowUpChange.Removal)]
    [InlineData("GMV by channel and region last month", "without the channel split", "GMV by region last month", FollowUpChange.Removal)]
    [InlineData("East China GMV last month", "all regions", "GMV last month", FollowUpChange.Removal)]
    [InlineData("上个月华东的GMV", "全部区域呢", "上个月的GMV", FollowUpChange.Removal)]
    [InlineData("上个月华东的GMV同比", "不要同比", "上个月华东的GMV", FollowUpChange.Comparison)]
    [InlineData("上个月天猫和京东的GMV", "去掉京东", "上个月天猫的GMV", FollowUpChange.Removal)]
    [InlineData("上个月华东各渠道的GMV", "总计呢", "上个月华东的GMV", FollowUpChange.Removal)]
    [InlineData("GMV by channel by month in 2024", "overall", "GMV in 2024", FollowUpChange.Removal)]
    // A correction of the answer just given, and the same question for something else.
    [InlineData("GMV by region last month", "I meant ordered GMV", "ordered GMV by region last month", FollowUpChange.Metric)]
    [InlineData("上个月各渠道的订单数", "不是，我是说按区域", "上个月各区域的订单数", FollowUpChange.GroupBy)]
    [InlineData("top 3 regions by orders last month", "same thing for refunds", "top 3 regions by refunds last month", FollowUpChange.Metric)]
    [InlineData("上个月各区域的订单数", "同样看一下退款金额", "上个月各区域的退款金额", FollowUpChange.Metric)]
    [InlineData("GMV by channel last month", "swap in AOV", "AOV by channel last month", FollowUpChange.Metric)]
    // A value taken out at the end of a clause, its dimension word between or not.
    [InlineData("上个月各渠道的GMV", "把京东去掉", "上个月除了京东各渠道的GMV", FollowUpChange.Filter)]
    [InlineData("上个月各渠道的GMV", "把门店渠道去掉", "上个月除了门店各渠道的GMV", FollowUpChange.Filter)]
    // "compare with the previous period" compares; it does not move the period.
    [InlineData("refunds in Q2 2025", "compare with the previous period", "refunds in Q2 2025 vs the previous period", FollowUpChange.Comparison)]
    [InlineData("monthly orders on Tmall in 2024", "vs the year before", "monthly orders on Tmall in 2024 year over year", FollowUpChange.Comparison)]
    [InlineData("GMV by channel last month", "actually make that AOV", "AOV by channel last month", FollowUpChange.Metric)]
    // English words against Chinese ones (a word ends at a Latin letter), and a metric named alone.
    [InlineData("上个季度每周各区域的退款金额", "不用weekly了", "上个季度各区域的退款金额", FollowUpChange.Grain)]
    [InlineData("上个季度各区域的退款金额", "worst的是哪个", "上个季度退款金额最差的区域", FollowUpChange.Ranking)]
    [InlineData("2025年6月华南的GMV", "订单数", "2025年6月华南的订单数", FollowUpChange.Metric)]
    // Period words that name a period of their own are no step back; a code-switched comparison compares.
    [InlineData("visitors over the weekend", "and the week before last?", "visitors the week before last", FollowUpChange.Time)]
    [InlineData("GMV last month", "what about the month before last", "GMV the month before last", FollowUpChange.Time)]
    [InlineData("上个月的订单数", "跟last year比", "上个月的订单数同比", FollowUpChange.Comparison)]
    [InlineData("2025年6月华东的GMV", "和last month比一下", "2025年6月华东的GMV环比", FollowUpChange.Comparison)]
    // Taking a breakdown away without naming it is the total.
    [InlineData("AOV by member level last month", "drop the split", "AOV last month", FollowUpChange.Removal)]
    [InlineData("GMV by region last month", "don't split it", "GMV last month", FollowUpChange.Removal)]
    [InlineData("上个月各渠道的订单数", "不拆了", "上个月的订单数", FollowUpChange.Removal)]
    [InlineData("上个月各区域的GMV", "不用分了", "上个月的GMV", FollowUpChange.Removal)]
    // 一周一周 is week by week, not the Monday inside it.
    [InlineData("2025年11月抖音的下单GMV", "一周一周地看呢", "2025年11月抖音按周的下单GMV", FollowUpChange.Grain)]
    public void A_follow_up_runs_the_query_of_its_full_question(string previous, string followUp, string full, FollowUpChange change)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
        Assert.Contains(change, result.Changes);
    }

    [Fact]
    public void Three_turns_build_on_each_other()
    {
        var result = Chain("2025年6月华东的GMV", "那华南呢", "按渠道看看");
        Assert.Equal(Query("2025年6月华南各渠道的GMV"), result.Query);
        result = Chain("GMV in East China in June 2025", "what about AOV", "and last year?", "by channel");
        Assert.Equal(Query("AOV in East China last year by channel"), result.Query);
    }

    [Fact]
    public void Only_what_the_follow_up_names_changes()
    {
        var previous = Query("上个月华东各渠道的GMV前3");
        var result = Continue(previous, "去年呢")!;
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), result.Query.TimeRange);
        Assert.Equal(previous.Metrics, result.Query.Metrics);
        Assert.Equal(previous.GroupBy, result.Query.GroupBy);
        Assert.Equal(previous.Filters, result.Query.Filters);
        Assert.Equal(3, result.Query.Limit);
        Assert.Equal([FollowUpChange.Time], result.Changes);
    }

    [Theory]
    // Its own metric and a time (with a slice or not), without "…呢" / "what about": a new question. (With no time it is asked
    // of the conversation's period: FollowUpKeepsWhatIsShownTests.)
    [InlineData("上个月华东的GMV", "2025年华南的订单数")]
    [InlineData("GMV last month", "AOV by channel in June 2025")]
    [InlineData("GMV last month", "visitors in June 2025")]
    // Its own metric, time and slice: new even when it says "呢".
    [InlineData("上个月华东的GMV", "那2024年华南各渠道的订单数呢")]
    // Nothing a question could be changed by.
    [InlineData("上个月华东的GMV", "你好")]
    [InlineData("GMV last month", "thanks")]
    // A word with several meanings is asked back about.
    [InlineData("上个月华东的GMV", "那客户数呢")]
    // A measure the catalog does not have is not found, not the previous metric.
    [InlineData("上个月华东的GMV", "那库存呢")]
    public void A_question_that_stands_alone_is_not_a_follow_up(string previous, string question) =>
        Assert.Null(Continue(Query(previous), question));

    [Fact]
    public void A_metric_named_with_a_continuation_keeps_what_it_does_not_name()
    {
        var result = Continue(Query("上个月华东各渠道的GMV"), "那2024年的订单数呢")!;
        Assert.Equal(Query("2024年华东各渠道的订单数"), result.Query);
        Assert.Contains(FollowUpChange.Metric, result.Changes);
        Assert.Contains(FollowUpChange.Time, result.Changes);
    }

    [Fact]
    public void A_named_family_word_keeps_its_notice_and_drops_the_default_window()
    {
        var result = Continue(Query("上个月华东的订单数"), "换成GMV")!;
        Assert.Equal(["gmv"], result.Query.Metrics);
        Assert.Contains(new OfficialChosen("gmv"), result.Notices);
        Assert.DoesNotContain(result.Notices, n => n is DefaultWindowUsed);
    }

    [Fact]
    public void A_follow_up_is_deterministic()
    {
        var previous = Query("上个月华东各渠道的GMV");
        var first = Continue(previous, "那华南呢")!;
        for (var i = 0; i < 5; i++) Assert.Equal(first.Query, Continue(previous, "那华南呢")!.Query);
    }
}
