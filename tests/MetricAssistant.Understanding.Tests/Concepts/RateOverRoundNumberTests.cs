using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Paid orders asked "out of" a round number of visitors ("out of 100 people visiting, how many paid orders") are a rate over
/// visitors, the conversion rate, never the count of paid orders.
/// </summary>
public sealed class RateOverRoundNumberTests
{
    [Theory]
    [InlineData("out of 100 people visiting, how many paid orders come out")]
    [InlineData("out of 50 visitors how many paid orders did we get")]
    public void Paid_orders_out_of_visitors_are_the_conversion_rate(string question) =>
        Assert.Equal(["conversion_rate"], FollowUpTestSupport.Query(question).Metrics);
}
