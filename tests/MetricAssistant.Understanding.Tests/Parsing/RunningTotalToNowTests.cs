using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A running total asked up to now (今年到目前为止, 截至现在, "as of today"): the total over the range, without at: period_end (its
/// value is already the one at the end); a named period's end (到上个月底, 到5月为止) still asks for the end, and a snapshot
/// (headcount) up to now is still read at its last snapshot.
/// </summary>
public sealed class RunningTotalToNowTests
{
    [Theory]
    [InlineData("今年到目前为止一共有多少会员了")]
    [InlineData("截至现在累计会员数是多少")]
    [InlineData("total members as of today")]
    public void A_running_total_up_to_now_has_no_period_end(string question)
    {
        var query = Query(question);
        Assert.Equal(["total_customers"], query.Metrics);
        Assert.Null(query.At);
    }

    [Theory]
    [InlineData("到上个月底一共有多少会员")]
    [InlineData("到2025年5月为止，累计会员数")]
    public void A_named_period_end_still_asks_for_the_end(string question) =>
        Assert.Equal(ValueAt.PeriodEnd, Query(question).At);

    [Fact]
    public void A_snapshot_up_to_now_is_read_at_its_last_snapshot() =>
        Assert.Equal(ValueAt.PeriodEnd, Query("到目前为止在岗人数有多少").At);
}
