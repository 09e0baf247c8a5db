using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state the models list for their rows (orders shipped or completed, bookings that showed up or did not) that no
/// published metric counts in: the rows in every state are offered, never answered as if the state were not said.
/// </summary>
public sealed class UnmeasuredRowStateTests
{
    [Theory]
    [InlineData("how many orders were shipped last month", "order_count")]
    [InlineData("how many completed orders last week", "order_count")]
    [InlineData("上周已完成的订单有多少", "order_count")]
    [InlineData("how many bookings showed up last month", "appointment_count")]
    [InlineData("多少预约最后到店了", "appointment_count")]
    [InlineData("上个月爽约的预约有多少", "appointment_count")]
    [InlineData("how many appointments were no-shows in June", "appointment_count")]
    public void A_state_no_metric_counts_in_is_not_found_offering_the_rows_in_every_state(string question, string offered)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Contains(offered, result.Alternatives);
    }

    [Theory]
    [InlineData("上个月有多少单已发货")]
    [InlineData("how many orders went out for delivery last week")]
    public void Shipped_orders_are_not_counted_by_any_metric(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);

    [Theory]
    [InlineData("how many customers completed a purchase last month", "paying_customers")]
    [InlineData("上个月约了多少人到店", "appointment_count")]
    [InlineData("how many orders last month", "order_count")]
    [InlineData("How much money actually came in from customers last week?", "gmv")]
    [InlineData("How many distinct shoppers completed a payment in Q2 2025?", "paying_customers")]
    [InlineData("按以前那种只算已完成订单的老算法，上个月销售额多少", "gmv")]
    public void Words_near_a_state_keep_their_own_reading(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void The_catalog_lists_the_states_of_its_status_columns()
    {
        var facts = new CatalogSignatureFacts(TestRepository.Catalog, ConceptVocabulary.Default);
        Assert.Contains("shipped", facts.RowStates);
        Assert.Contains("arrived", facts.RowStates);
        Assert.Contains("no_show", facts.RowStates);
    }
}
