using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>"X vs Y" between two metrics sets them side by side over one period; a comparison word before a period still compares.</summary>
public class MetricsSideBySideTests
{
    [Theory]
    [InlineData("net GMV vs ordered GMV last month")]
    [InlineData("paid orders versus orders last month")]
    public void Two_metrics_against_each_other_compare_no_periods(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(2, query.Metrics.Count);
        Assert.Null(query.Compare);
    }

    [Theory]
    [InlineData("GMV last month vs the month before")]
    [InlineData("订单数和支付订单数对比上个月")]
    public void A_comparison_word_before_a_period_compares(string question) =>
        Assert.NotNull(FollowUpTestSupport.Query(question).Compare);
}
