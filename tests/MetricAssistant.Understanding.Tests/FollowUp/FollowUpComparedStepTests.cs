using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "Compare that with the same quarter a year earlier", "跟去年同一个季度比比看", "how does that stack up against the previous
/// fortnight" (CONVENTIONS "Follow-ups": they compare against that period, they do not move to it): the question's period stays and
/// the comparison is a year's (<c>yoy</c>) or the period before's (<c>pop</c>). Asked without a comparing word, the period moves.
/// </summary>
public sealed class FollowUpComparedStepTests
{
    [Theory]
    [InlineData("上季度华东的GMV", "跟去年同一个季度比比看")]
    [InlineData("上季度华东的GMV", "和去年同期比一下")]
    [InlineData("上个月各渠道的订单数", "跟去年同月对比一下")]
    [InlineData("last quarter's GMV in East China", "compare that with the same quarter a year earlier")]
    [InlineData("paid orders last month", "compare it to the same month the year before")]
    [InlineData("paid orders last month", "put it against last year")]
    [InlineData("paid orders last month", "put it side by side with last year")]
    public void A_year_back_set_against_the_answer_is_yoy_and_keeps_the_period(string previous, string followUp) =>
        Assert.Equal(Query(previous) with { Compare = Comparison.Yoy }, Chain(previous, followUp).Query);

    [Theory]
    [InlineData("last fortnight's paid orders", "how does that stack up against the previous fortnight")]
    [InlineData("visitors last week", "stack it up against the week before")]
    [InlineData("last month's refund rate", "how does it look next to the month before")]
    [InlineData("上季度的GMV", "和前一个季度对比一下")]
    public void The_period_before_set_against_the_answer_is_pop_and_keeps_the_period(string previous, string followUp) =>
        Assert.Equal(Query(previous) with { Compare = Comparison.Pop }, Chain(previous, followUp).Query);

    [Theory]
    [InlineData("last quarter's GMV", "what about the same quarter last year?", "2024-04-01", "2024-07-01")]
    [InlineData("上个月的订单数", "去年同月呢", "2024-06-01", "2024-07-01")]
    public void The_same_period_a_year_back_asked_for_moves_the_period(string previous, string followUp, string start, string end)
    {
        var result = Chain(previous, followUp);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
        Assert.Null(result.Query.Compare);
    }
}
