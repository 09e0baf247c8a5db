using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Visits, slots or sessions said to be booked are appointments (in-store by their nature: no channel filter), whichever way the
/// booking is said (book, booked, booking; 约了, 预约).
/// </summary>
public sealed class BookedVisitsTests
{
    [Theory]
    [InlineData("How many service visits did customers book last month, not counting cancelled ones")]
    [InlineData("how many service visits did shoppers book last month")]
    [InlineData("how many slots did customers book last month")]
    [InlineData("booked sessions last month")]
    [InlineData("上个月客户约了几次到店服务")]
    [InlineData("上个月大家约了几次到店")]
    public void Booked_visits_are_appointments(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["appointment_count"], query.Metrics);
        Assert.Empty(query.Filters);
    }
}
