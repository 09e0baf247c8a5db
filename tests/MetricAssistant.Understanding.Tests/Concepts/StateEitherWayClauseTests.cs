using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A state said either way in a clause of its own, with the rows as a pronoun between ("irrespective of whether they were
/// refunded", "no matter whether it got refunded") or with "also" ("also the ones never paid or cancelled"), is neither
/// asked nor left out.
/// </summary>
public sealed class StateEitherWayClauseTests
{
    [Theory]
    [InlineData("GMV last month irrespective of whether they were refunded later")]
    [InlineData("GMV last month irrespective of whether it was refunded")]
    public void Paid_money_either_way_on_refunds_is_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("order amount last month, also the ones never paid or cancelled")]
    [InlineData("order amount last month, also those never paid or cancelled")]
    public void Every_order_amount_either_way_is_ordered_gmv(string question) =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query(question).Metrics);
}
