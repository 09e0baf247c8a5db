using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// "converting visitors into buyers", "把访客转化成买家" is a conversion (buyers over visitors, the catalog's ratio); "better than a
/// year ago" compares year on year and keeps the period said elsewhere.
/// </summary>
public sealed class ConvertingIntoTests
{
    [Theory]
    [InlineData("上个季度把访客转化成买家的效果，比去年同期好吗")]
    [InlineData("上季度访客转化为买家的情况，和去年同期比怎么样")]
    public void Converting_visitors_into_buyers_against_a_year_ago_is_conversion_yoy(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["conversion_rate"], query.Metrics);
        Assert.Equal(Comparison.Yoy, query.Compare);
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 1)), query.TimeRange);
    }

    [Theory]
    [InlineData("Are we converting more visitors into buyers than a year ago? Last quarter please")]
    [InlineData("last quarter, did we turn visitors into buyers better than the same time last year")]
    public void Converting_named_visitors_into_named_buyers_is_conversion_yoy(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["conversion_rate"], query.Metrics);
        Assert.Equal(Comparison.Yoy, query.Compare);
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 1)), query.TimeRange);
    }

    [Theory]
    [InlineData("how well did we turn visitors into buyers in June", "conversion_rate")]
    [InlineData("how many visitors converted into buyers last week", "conversion_rate")]
    [InlineData("visitors who turned into paying customers last month, by channel", "conversion_rate")]
    [InlineData("上个月访客变成买家的比例", "conversion_rate")]
    public void A_named_quantity_converted_into_another_is_the_share_over_the_first(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
    }
}
