using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A trend, comparison or period end ruled out ("不要 trend", "不用同比也不用环比", "not month-end") is not asked: the plain figure
/// over the period, with nothing left unread.
/// </summary>
public class RuledOutStructureTests
{
    [Theory]
    [InlineData("上个月华东的客单价，不用同比也不用环比，就一个数")]
    [InlineData("上周 visitors，不要 trend，只要一个数")]
    [InlineData("上季度各区域的GMV，不要按月的趋势")]
    [InlineData("paying customers last month, no trend please")]
    [InlineData("gmv last quarter by region, without the monthly breakdown")]
    public void A_ruled_out_trend_or_comparison_is_not_asked(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Null(query.Grain);
        Assert.Null(query.Compare);
    }

    [Fact]
    public void A_ruled_out_period_end_is_the_period_average() =>
        Assert.Null(FollowUpTestSupport.Query("average headcount in the north last quarter, not quarter-end, the average over the months").At);
}
