using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>月末 / 期末 / "as of" / "at the end of": the value at the period's end, for metrics that have one.</summary>
public sealed class PeriodEndTests
{
    [Theory]
    [InlineData("上个月末的在岗人数", "月末")]
    [InlineData("去年底会员数", "年底")]
    [InlineData("季度末员工数", "季度末")]
    [InlineData("期末在岗人数", "期末")]
    [InlineData("headcount at the end of last month", "at the end of")]
    [InlineData("quarter-end headcount", "quarter-end")]
    public void End_words_are_found(string text, string word) =>
        Assert.Equal(word, PeriodEndWords.Find(text).Single().Text);

    [Theory]
    [InlineData("截至年底的会员数", "年底")]
    [InlineData("截止到月底的在岗人数", "月底")]
    [InlineData("上个月底到现在新增会员", "月底")]
    [InlineData("headcount up to the end of the year", "the end of")]
    [InlineData("gmv from march to the end of june", "the end of")] // only "the end of the year / month" ends a range as a boundary
    public void As_of_and_starting_end_words_stay_end_words(string text, string word) =>
        Assert.Equal(word, PeriodEndWords.Find(text).Last().Text);

    [Theory]
    [InlineData("周末的gmv")]
    [InlineData("上个月的在岗人数")]
    [InlineData("末3名门店")]
    [InlineData("年中到年底的gmv")] // the end of a range is a date for the time reader, not a moment to read a value at
    [InlineData("6月1日至月末的订单数")]
    [InlineData("3月到去年年底的gmv")]
    [InlineData("gmv from mid-year to the end of the year")]
    [InlineData("orders from the 10th through the end of the month")]
    public void Weekends_and_plain_periods_are_no_period_end(string text) => Assert.Empty(PeriodEndWords.Find(text));

    [Fact]
    public void Blanking_keeps_positions() =>
        Assert.Equal("上个月 的在岗人数", PeriodEndWords.Blank("上个月末的在岗人数", PeriodEndWords.Find("上个月末的在岗人数")));

    [Theory]
    [InlineData("avg_headcount", true)]
    [InlineData("total_customers", true)]
    [InlineData("gmv", false)]
    [InlineData("order_count", false)]
    [InlineData("revenue_per_staff", false)]
    public void Snapshots_and_running_totals_have_a_value_at_the_end(string metric, bool has) =>
        Assert.Equal(has, ValueAtEndRule.HasValueAtEnd(TestRepository.Catalog, TestRepository.Catalog.Metrics[metric]));

    [Theory]
    [InlineData("上个月末的在岗人数", "2025-06-01", "2025-07-01")]
    [InlineData("headcount at the end of last quarter", "2025-04-01", "2025-07-01")]
    [InlineData("截至上个月底的累计会员数", "2025-06-01", "2025-07-01")]
    // 为止 closes an "up to" as 截至 opens one: the members signed up by then, counted at the month's end.
    [InlineData("到2025年3月为止注册过的会员一共有多少", "2025-03-01", "2025-04-01")]
    public void A_period_end_keeps_the_period_and_asks_for_its_end(string question, string start, string end)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(ValueAt.PeriodEnd, query.At);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), query.TimeRange);
    }

    [Theory]
    [InlineData("上个月末的gmv", "月末")]
    [InlineData("gmv at the end of last month", "at the end of")]
    public void A_flow_metric_is_answered_for_the_period_and_names_the_word(string question, string word)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Null(result.Query!.At);
        Assert.Equal(new PeriodEndNotApplicable(word, "gmv"), result.Notices.OfType<PeriodEndNotApplicable>().Single());
    }

    [Fact]
    public void A_follow_up_keeps_the_period_end_while_the_metric_has_one()
    {
        Assert.Equal(ValueAt.PeriodEnd, FollowUpTestSupport.Chain("上个月末华东的在岗人数", "那华南呢").Query.At);
        Assert.Null(FollowUpTestSupport.Chain("上个月末华东的在岗人数", "换成gmv").Query.At);
    }
}
