using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "How does that compare with August?" after a September question (CONVENTIONS "Follow-ups"): a period named only to compare
/// with is the comparison (<c>yoy</c> a year back, else <c>pop</c>), never the range; a later "year over year?" replaces it.
/// </summary>
public sealed class FollowUpComparedWithTests
{
    [Theory]
    [InlineData("AOV in September 2024", "How does that compare with August?")]
    [InlineData("AOV in September 2024", "how does it compare to August 2024")]
    [InlineData("AOV in September 2024", "compared with August?")]
    [InlineData("AOV in September 2024", "versus August?")]
    [InlineData("2024年9月的客单价", "跟8月比呢")]
    [InlineData("2025年6月华东的客单价", "和上个月比怎么样")]
    [InlineData("2024年9月的客单价", "比8月呢")]
    public void A_period_named_to_compare_with_is_the_comparison(string previous, string followUp)
    {
        var result = Chain(previous, followUp);
        Assert.Equal(Query(previous) with { Compare = Comparison.Pop }, result.Query);
    }

    [Fact]
    public void A_period_a_year_back_compared_with_is_yoy()
    {
        var result = Chain("GMV by channel in September 2024", "how does that compare with September 2023?");
        Assert.Equal(Query("GMV by channel in September 2024") with { Compare = Comparison.Yoy }, result.Query);
    }

    [Theory]
    [InlineData("AOV in September 2024", "How does that compare with August?", "And year over year?")]
    [InlineData("2024年9月的客单价", "跟8月比呢", "同比呢")]
    public void Year_over_year_then_replaces_the_comparison_and_keeps_the_range(string previous, string compared, string yearly)
    {
        var result = Chain(previous, compared, yearly);
        Assert.Equal(Query(previous) with { Compare = Comparison.Yoy }, result.Query);
    }
}
