using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Members asked at a period's end, said loosely ("how big was the member club at the end of May", 到月底会员攒了多少) are the
/// running total standing then (total_customers at the period end), not asked back with the members who joined.
/// </summary>
public sealed class MembersAtPeriodEndTests
{
    [Theory]
    [InlineData("how big was our member club at the end of March")]
    [InlineData("到上个季度末会员攒了多少")]
    [InlineData("截至上个月底会员攒下了多少")]
    public void Members_at_a_period_end_are_the_running_total(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["total_customers"], query.Metrics);
        Assert.Equal(ValueAt.PeriodEnd, query.At);
    }
}
