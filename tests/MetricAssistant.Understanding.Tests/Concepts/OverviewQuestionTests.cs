using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>A subject asked about in general, and an average that names no unit, are asked back among the metrics they fit.</summary>
public class OverviewQuestionTests
{
    [Theory]
    [InlineData("上个月退款情况", "refund_amount", "refund_rate")]
    [InlineData("refund figures for last quarter", "refund_amount", "refund_rate")]
    [InlineData("How did bookings do last month?", "appointment_count", "appointment_conversion_rate")]
    [InlineData("上季度店员这块怎么样", "avg_headcount", "revenue_per_staff")]
    [InlineData("how are our staff doing last quarter", "avg_headcount", "revenue_per_staff")]
    [InlineData("how are refunds looking last month", "refund_amount", "refund_rate")]
    [InlineData("上个月平均花了多少钱", "aov", "arppu")]
    [InlineData("average spend last month", "aov", "arppu")]
    public void A_general_question_is_asked_back_among_the_subject_s_metrics(string question, string first, string second)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(first, result.Alternatives);
        Assert.Contains(second, result.Alternatives);
    }

    [Theory]
    [InlineData("上个月退款金额情况", "refund_amount")]
    [InlineData("上个月GMV情况怎么样", "gmv")]
    [InlineData("how are appointments this month vs last month", "appointment_count")]
    [InlineData("average ticket last month", "aov")]
    [InlineData("上个月客人平均每单花多少", "aov")]
    [InlineData("what was the average spend per customer last month", "arppu")]
    public void A_question_that_says_which_keeps_it(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
