using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// Follow-ups that ask why, ask at the period's end, or step back a week from a day, end to end through the ask service:
/// each is the previous answered question with that one change, answered as such.
/// </summary>
public sealed class FollowUpKindsTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    [Theory]
    [InlineData("上个月线上的支付订单数", "为什么少了", "why-zh")]
    [InlineData("paid orders online last month", "how come it went up", "why-en")]
    public async Task A_why_follow_up_explains_the_answer_just_given(string first, string why, string conversation)
    {
        var answered = await harness.AskAsync(first, "ceo", conversation);
        var ran = harness.Warehouse.Ran.Count;

        var answer = await harness.AskAsync(why, "ceo", conversation);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(first, answer.FollowUpOf);
        Assert.True(answer.Query!.Explain);
        Assert.Equal("pop", answer.Query.Compare);
        Assert.Equal(answered.Query!.Metrics, answer.Query.Metrics);
        Assert.Equal(answered.Query.TimeRange, answer.Query.TimeRange);
        Assert.Equal([("online_offline", "in", "online")], answer.Query.Filters!.Select(f => (f.Dimension, f.Op, string.Join(",", f.Values!))));
        // The change itself, then where it came from by the metric's main dimensions.
        Assert.True(harness.Warehouse.Ran.Count - ran > 1);
    }

    [Theory]
    [InlineData("季末的呢")]
    [InlineData("what about at quarter-end?")]
    public async Task A_period_end_follow_up_reads_the_snapshot_at_the_end(string followUp)
    {
        await harness.AskAsync("上个季度各区域的平均在岗人数", "ceo", "end-" + followUp);
        var answer = await harness.AskAsync(followUp, "ceo", "end-" + followUp);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("period_end", answer.Query!.At);
        Assert.Equal(["avg_headcount"], answer.Query.Metrics);
        Assert.Equal(["region"], answer.Query.GroupBy);
        Assert.Equal(new TimeRangeDto("2025-04-01", "2025-07-01"), answer.Query.TimeRange);
    }

    [Fact]
    public async Task A_week_back_from_a_day_stays_a_day_and_that_day_is_kept()
    {
        foreach (var question in new[] { "去年双十一天猫的GMV", "上周同一天呢" })
            Assert.Equal(AnswerStatus.Answered, (await harness.AskAsync(question, "ceo", "week")).Status);
        var back = await harness.AskAsync("那再往前一礼拜的同一天呢", "ceo", "week");
        Assert.Equal(new TimeRangeDto("2024-10-28", "2024-10-29"), back.Query!.TimeRange);

        var paying = await harness.AskAsync("那天有多少客人付过款", "ceo", "week");
        Assert.Equal(AnswerStatus.Answered, paying.Status);
        Assert.Equal(["paying_customers"], paying.Query!.Metrics);
        Assert.Equal(new TimeRangeDto("2024-10-28", "2024-10-29"), paying.Query.TimeRange);
    }
}
