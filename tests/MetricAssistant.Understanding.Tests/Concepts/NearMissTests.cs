using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>Clarify rather than refuse or guess: weak or close readings are questions back with the nearest metrics.</summary>
public class NearMissTests
{
    [Theory]
    [InlineData("上个月的人数", "visitors")]
    [InlineData("how many people last month", "paying_customers")]
    [InlineData("how much money last month", "gmv")]
    [InlineData("how much per head last month", "arppu")]
    public void A_weak_reading_is_a_clarification_with_the_nearest(string question, string offered)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(offered, result.Alternatives);
        Assert.InRange(result.Alternatives.Count, 2, 5);
    }

    [Theory]
    [InlineData("上个月库存周转率")]
    [InlineData("employee attrition rate 2025")]
    [InlineData("add-to-cart rate last week")]
    public void What_the_catalog_does_not_have_stays_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);

    [Theory]
    [InlineData("上个月的页面浏览量", "visitors")]
    [InlineData("appointment no-show rate last quarter", "appointment_conversion_rate")]
    [InlineData("what's our customer lifetime value", "arppu")]
    [InlineData("items per order last month", "units_sold")]
    public void A_measure_not_governed_offers_the_nearest_the_glossary_names_first(string question, string nearest)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Equal(nearest, result.Alternatives[0]);
    }

    [Theory]
    [InlineData("上个月转化率", "conversion_rate")]
    [InlineData("CVR last month", "conversion_rate")]
    [InlineData("上个月预约转化率", "appointment_conversion_rate")]
    public void A_metric_s_own_name_is_never_ambiguous(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月订单金额")]
    [InlineData("上个月客户数")]
    public void A_word_that_is_no_metric_s_name_stays_a_clarification(string question) =>
        Assert.Equal(UnderstandingOutcome.Clarify, FollowUpTestSupport.Understand(question).Outcome);
}
