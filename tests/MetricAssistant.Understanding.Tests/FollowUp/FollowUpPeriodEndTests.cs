using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "季末的呢", "what about at quarter-end?" after a snapshot metric's answer: the same question at the period's end
/// (CONVENTIONS "Period end"): metric, range and split kept, <c>at: period_end</c>. A flow keeps its whole period and says so.
/// </summary>
public sealed class FollowUpPeriodEndTests
{
    private const string Headcount = "上个季度各区域的平均在岗人数";

    [Theory]
    [InlineData("季末的呢")]
    [InlineData("月末呢")]
    [InlineData("那季度末的呢")]
    [InlineData("期末在岗人数呢")] // the snapshot named as such
    [InlineData("what about at quarter-end?")]
    [InlineData("and at the end of the quarter")]
    public void A_period_end_word_asks_the_same_question_at_the_end(string followUp)
    {
        var result = Chain(Headcount, followUp);
        Assert.Equal(Query(Headcount) with { At = ValueAt.PeriodEnd }, result.Query);
    }

    [Fact]
    public void The_period_end_stays_with_the_next_follow_up()
    {
        var result = Chain(Headcount, "季末的呢", "只看华东");
        Assert.Equal(ValueAt.PeriodEnd, result.Query.At);
        Assert.Equal(Query("上个季度华东的平均在岗人数").TimeRange, result.Query.TimeRange);
    }

    [Fact]
    public void A_flow_keeps_its_whole_period_and_says_so()
    {
        var result = Chain("上个月各渠道的GMV", "月末呢");
        Assert.Equal(Query("上个月各渠道的GMV"), result.Query);
        Assert.Contains(result.Notices, n => n is PeriodEndNotApplicable);
    }
}
