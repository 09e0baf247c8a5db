using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A row noun qualified by a value ("for online orders", "on Tmall orders", 线上订单的件数, 天猫订单卖了多少件) is the rows
/// the one metric asked is taken from: a filter, never a second metric. Two metrics said as such stay two.
/// </summary>
public sealed class RowsQualifiedByValueTests
{
    [Theory]
    [InlineData("units sold by category for online orders in Q1 2025", "online_offline", "online")]
    [InlineData("units sold last month on Tmall orders", "channel", "tmall")]
    [InlineData("units sold last month from store orders", "channel", "store")]
    [InlineData("上个月线上订单的件数", "online_offline", "online")]
    [InlineData("上个月天猫订单卖了多少件", "channel", "tmall")]
    public void The_value_is_a_filter_of_the_one_metric(string question, string dimension, string value)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal(["units_sold"], result.Query!.Metrics);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.In, [value]), result.Query.Filters.Single());
    }

    [Theory]
    [InlineData("orders and units sold online last month")]
    [InlineData("上个月线上的订单数和件数")]
    public void Two_metrics_said_stay_two(string question) =>
        Assert.Equal(2, Query(question).Metrics.Count);
}
