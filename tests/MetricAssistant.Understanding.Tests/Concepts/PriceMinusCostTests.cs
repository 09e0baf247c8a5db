using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Selling price minus product cost is the gross profit: "minus" there subtracts the cost, it does not leave cost out of
/// the question; by category it is answered (gross profit is kept on order lines).
/// </summary>
public sealed class PriceMinusCostTests
{
    [Theory]
    [InlineData("selling price minus product cost by category")]
    [InlineData("price minus cost for each category last month")]
    [InlineData("各品类卖价减成本")]
    [InlineData("售价减成本赚了多少")]
    public void Price_minus_cost_is_gross_profit(string question) =>
        Assert.Equal(["gross_profit"], FollowUpTestSupport.Query(question).Metrics);
}
