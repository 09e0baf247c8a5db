using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A running total named only by what it counts (会员数, "member count"), over a period, may be the period's additions or
/// everyone at its end: both are asked back. Said which, at a point in time, with no period, or with one ruled out: answered.
/// </summary>
public class RunningTotalOverPeriodTests
{
    [Theory]
    [InlineData("二季度会员有多少")]
    [InlineData("上个月的会员数")]
    [InlineData("member count in March")]
    [InlineData("how many members last quarter")]
    public void Counted_things_over_a_period_ask_added_or_all(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("total_customers", result.Alternatives);
        Assert.Contains("new_customers", result.Alternatives);
    }

    [Theory]
    [InlineData("截至3月底会员数", "total_customers")]
    [InlineData("现在一共多少会员", "total_customers")]
    [InlineData("上个月累计会员数", "total_customers")]
    [InlineData("member base last quarter", "total_customers")]
    [InlineData("上个月新增会员数", "new_customers")]
    [InlineData("上个月会员，新增的不要", "total_customers")]
    [InlineData("3月总共有多少会员", "total_customers")]
    [InlineData("上个月会员一共攒了多少人", "total_customers")]
    [InlineData("total member count in May", "total_customers")]
    public void Said_which_or_at_a_point_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
