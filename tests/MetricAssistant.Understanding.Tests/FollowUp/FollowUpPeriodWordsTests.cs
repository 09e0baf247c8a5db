using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A follow-up's period words that name a period of their own, not a step from the previous question's:
/// "the week before last" is the week before last week, whatever was asked before; a code-switched comparison
/// ("跟last year比") compares rather than moving the period.
/// </summary>
public sealed class FollowUpPeriodWordsTests
{
    [Theory]
    [InlineData("visitors over the weekend", "and the week before last?", "visitors the week before last", FollowUpChange.Time)]
    [InlineData("GMV last month", "what about the month before last", "GMV the month before last", FollowUpChange.Time)]
    [InlineData("上个月的订单数", "跟last year比", "上个月的订单数同比", FollowUpChange.Comparison)]
    [InlineData("2025年6月华东的GMV", "和last month比一下", "2025年6月华东的GMV环比", FollowUpChange.Comparison)]
    public void The_follow_up_runs_its_full_question(string previous, string followUp, string full, FollowUpChange change)
    {
        var result = Continue(Query(previous), followUp);
        Assert.NotNull(result);
        Assert.Equal(Query(full), result.Query);
        Assert.Contains(change, result.Changes);
    }
}
