using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A booking said after a count of people ("多少客人预约了来门店", "how many customers booked a store visit"): the people only say
/// who booked, so the bookings are counted; a purchase said after the booking still asks for buyers.
/// </summary>
public sealed class BookedByPeopleTests
{
    [Theory]
    [InlineData("这个月多少位顾客预约了到门店")]
    [InlineData("上周有几个客人约好到店")]
    [InlineData("昨天有多少用户预约")]
    [InlineData("上个月多少客户预约了服务")]
    [InlineData("上个月多少会员约了来门店")]
    [InlineData("how many shoppers scheduled an appointment in June")]
    [InlineData("how many customers booked a store visit last week")]
    [InlineData("number of customers who made a booking last month")]
    [InlineData("how many people made appointments last month")]
    public void People_counted_by_their_booking_count_the_bookings(string question) =>
        Assert.Equal(["appointment_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("预约到店的客人里后来买了东西的有几个")]
    [InlineData("上个月预约的客户有多少买了")]
    public void Buyers_after_a_booking_are_not_the_bookings(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.DoesNotContain("appointment_count", result.Query?.Metrics ?? []);
    }
}
