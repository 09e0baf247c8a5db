using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Bookings with their cancelled ones left out ("without the ones cancelled", 退约的不算) are the appointments (which never
/// count cancelled ones); a share of bookings that "end in a buy" is the appointment conversion; paid orders "from" a round
/// number of visitors are the conversion rate.
/// </summary>
public sealed class BookingsLeftOutAndSharesTests
{
    [Theory]
    [InlineData("how many service bookings last month, without the ones cancelled")]
    [InlineData("bookings in May without those cancelled")]
    [InlineData("服务单约出去多少个，退约的不算")]
    [InlineData("上个月约出去了多少个，退了约的不算")]
    public void Bookings_without_cancelled_ones_are_the_appointment_count(string question) =>
        Assert.Equal(["appointment_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("which 5 stores have the highest percent of bookings that end in a buy")]
    [InlineData("percent of service bookings that end in a buy by store")]
    public void Share_of_bookings_ending_in_a_buy_is_the_appointment_conversion(string question) =>
        Assert.Equal(["appointment_conversion_rate"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("from 100 people visiting, how many paid orders come out")]
    [InlineData("from 1000 visitors how many paid orders do we get")]
    public void Paid_orders_from_a_round_number_of_visitors_are_the_conversion_rate(string question) =>
        Assert.Equal(["conversion_rate"], FollowUpTestSupport.Query(question).Metrics);
}
