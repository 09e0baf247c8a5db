using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "为什么少了", "why did it drop?" after an answer: the same question asked why (CONVENTIONS "Why questions"): metric, range,
/// filters and splits kept, <c>explain</c> with the period before unless a comparison is named. A period named to compare with
/// (比5月, "than May") is the comparison's, never the range; the movement words (涨了) describe no metric.
/// </summary>
public sealed class FollowUpWhyTests
{
    [Theory]
    [InlineData("2025年6月线上的支付订单数", "为什么少了")]
    [InlineData("2025年6月线上的支付订单数", "为啥比5月少了这么多")]
    [InlineData("2025年6月天猫的订单数", "为什么涨了")]
    [InlineData("2025年6月天猫的订单数", "怎么会跌这么多")]
    [InlineData("上个月华东的GMV", "怎么少了这么多")]
    [InlineData("2025年6月天猫的订单数", "怎么比5月还低")]
    [InlineData("GMV by channel last month", "why the drop?")]
    [InlineData("上个月各区域的GMV", "why比上个月涨了这么多")]
    [InlineData("上个月华东的GMV", "为什么GMV跌了")]
    [InlineData("GMV last month", "why did it drop?")]
    [InlineData("GMV last month", "how come it went up")]
    [InlineData("orders on Tmall in June 2025", "why is it lower than May?")]
    [InlineData("refunds by channel last month", "what drove the increase")]
    public void A_why_follow_up_explains_the_change_from_the_period_before(string previous, string followUp)
    {
        var result = Chain(previous, followUp);
        Assert.Equal(Query(previous) with { Compare = Comparison.Pop, Explain = true }, result.Query);
    }

    [Theory]
    [InlineData("上个月华东的GMV同比", "为什么跌了")] // the comparison the conversation has
    [InlineData("2025年6月天猫的订单数", "为什么比去年6月多")] // a year back named
    [InlineData("GMV in June 2025", "why is it lower than June last year?")]
    public void A_why_follow_up_keeps_a_yearly_comparison(string previous, string followUp)
    {
        var result = Chain(previous, followUp);
        Assert.Equal(Query(previous) with { Compare = Comparison.Yoy, Explain = true }, result.Query);
    }

    [Theory]
    [InlineData("为什么涨了")]
    [InlineData("why比上个月涨了这么多")]
    public void Movement_words_describe_no_metric(string question)
    {
        var result = Understand(question);
        Assert.False(result.Outcome == UnderstandingOutcome.Query && result.Query!.Metrics.Contains("new_customers"), $"'{question}' read as new members");
    }
}
