using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// "cash in", "cashed in", "money in", "brought in" are money paid (like 进账), also code-switched into Chinese: gmv.
/// </summary>
public sealed class CodeSwitchedMoneyInTests
{
    [Theory]
    [InlineData("这个月到目前 cash in 了多少")]
    [InlineData("上个月一共cashed in多少")]
    [InlineData("how much did we cash in last month")]
    [InlineData("what was our money in last week")]
    [InlineData("上周 money in 有多少")]
    [InlineData("上个月 brought in 多少")]
    public void Money_in_is_the_money_paid(string question)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == MetricAssistant.Understanding.UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal(["gmv"], result.Query!.Metrics);
    }
}
