using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Comparisons said in casual words: two periods (the one asked compared with the other as its base, in either order),
/// two listed values (one number each), and a comparison word attached to nothing, which is named, never dropped.
/// </summary>
public sealed class CasualComparisonTests
{
    [Theory]
    // The period asked first, its base after, whatever the joining words.
    [InlineData("April refunds compare to March", "2025-04-01", "2025-05-01", Comparison.Pop)]
    [InlineData("paid orders in May versus April", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("May vs April paid orders", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("how did May visitors compare with April", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("net GMV in Q2 2025 relative to Q1", "2025-04-01", "2025-07-01", Comparison.Pop)]
    [InlineData("Q2 2025 visitors measured against Q1", "2025-04-01", "2025-07-01", Comparison.Pop)]
    [InlineData("how does June's AOV look next to May's", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("退款金额 六月 对 五月", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("三月的访客数跟二月比", "2025-03-01", "2025-04-01", Comparison.Pop)]
    [InlineData("五月和四月的退款金额对比一下", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("上个月的客单价对上上上个月", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("今年3月的订单数跟去年3月比", "2025-03-01", "2025-04-01", Comparison.Yoy)]
    // The base first, the period asked after a clause break.
    [InlineData("compared with March, how were April refunds", "2025-04-01", "2025-05-01", Comparison.Pop)]
    [InlineData("compared to April, how did May paid orders do", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("跟二月比，三月的访客数怎么样", "2025-03-01", "2025-04-01", Comparison.Pop)]
    [InlineData("相比上个月，这个月退款多了吗", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("比起去年5月，今年5月的订单数", "2025-05-01", "2025-06-01", Comparison.Yoy)]
    // The base named only to compare with, whatever verb, particle or joiner sets it against the period asked.
    [InlineData("今年3月的客单价，跟去年3月比一下", "2025-03-01", "2025-04-01", Comparison.Yoy)]
    [InlineData("今年4月的订单数，和去年4月比比看", "2025-04-01", "2025-05-01", Comparison.Yoy)]
    [InlineData("本季度的退款金额和去年同一季度相比呢", "2025-07-01", "2025-10-01", Comparison.Yoy)]
    [InlineData("这个月的访客数跟上个月对比看看", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("五月的GMV跟四月比一比", "2025-05-01", "2025-06-01", Comparison.Pop)]
    [InlineData("六月的订单数和五月对比一下", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("六月的订单数跟五月比呢", "2025-06-01", "2025-07-01", Comparison.Pop)]
    [InlineData("这个月的订单数搭上个月比比看", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("上周的订单数跟前头一个礼拜比比", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("please compare May 2025's refunds with May 2024's", "2025-05-01", "2025-06-01", Comparison.Yoy)]
    [InlineData("how do this year's Q2 orders stack up against Q2 last year", "2025-04-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("compare July 2025's orders with July 2024's", "2025-07-01", "2025-08-01", Comparison.Yoy)]
    [InlineData("how did last week's visitors measure against the week before that", "2025-07-07", "2025-07-14", Comparison.Pop)]
    [InlineData("comparing June's paid orders to May 2025", "2025-06-01", "2025-07-01", Comparison.Pop)]
    public void Two_periods_are_the_first_asked_compared_with_its_base(string question, string start, string end, Comparison compare)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query!.TimeRange);
        Assert.Equal(compare, result.Query.Compare);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("7月的订单数跟3月比", "2025-07-01")]
    [InlineData("refunds in June against February", "2025-06-01")]
    [InlineData("7月的订单数跟3月比一下", "2025-07-01")]
    [InlineData("please compare June's refunds with February's", "2025-06-01")]
    public void A_base_the_query_cannot_compare_with_is_named_and_the_period_asked_alone_answered(string question, string start)
    {
        var result = Understand(question);
        Assert.Equal(DateOnly.Parse(start), result.Query!.TimeRange.Start);
        Assert.Null(result.Query.Compare);
        Assert.Single(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("华北跟华中比，上个月访客数")]
    [InlineData("抖音对上京东的退款金额")]
    [InlineData("天猫比起抖音订单数多吗")]
    [InlineData("JD or Douyin, which had more paid orders last month")]
    [InlineData("Tmall or JD - which one got fewer refunds in June")]
    public void Two_listed_values_compared_casually_are_split_by_their_dimension(string question)
    {
        var query = Query(question);
        Assert.Single(query.GroupBy);
        Assert.Equal(query.GroupBy[0], query.Filters.Single().Dimension);
        Assert.Equal(2, query.Filters.Single().Values.Count);
    }

    [Theory]
    [InlineData("上个月的退款金额对比一下", "对比一下")]
    [InlineData("退款金额跟那个比", "跟那个比")]
    [InlineData("visitors last week compared with", "compared with")]
    [InlineData("compare paid orders", "compare")]
    public void A_comparison_word_attached_to_nothing_is_named(string question, string words)
    {
        var result = Understand(question);
        Assert.Contains(new NotUnderstood(words), result.Notices);
    }

    [Theory]
    [InlineData("各渠道的GMV对比")]
    [InlineData("净GMV和下单GMV对比")]
    [InlineData("天猫和京东上个月的GMV对比")]
    [InlineData("GMV同比")]
    public void A_comparison_word_attached_to_something_is_not_named(string question) =>
        Assert.DoesNotContain(Understand(question).Notices, n => n is NotUnderstood { Text: var t } && (t.Contains("比") || t.Contains("compar")));
}
