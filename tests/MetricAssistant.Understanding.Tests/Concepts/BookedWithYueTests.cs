using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// 约 alone is 预约 when it is booked (约了, 约的, 约过): a count of what was booked is the appointments, cancelled ones
/// left out as the metric leaves them. 大约 (about) and 约会 are not bookings.
/// </summary>
public sealed class BookedWithYueTests
{
    [Theory]
    [InlineData("客人约了到店服务的有多少个")]
    [InlineData("这周有多少人约了")]
    [InlineData("上个月约了多少单")]
    [InlineData("上个月约了多少单，取消掉的不算")]
    [InlineData("上周约过的有几个")]
    public void Booked_with_yue_is_the_appointments(string question) =>
        Assert.Equal(["appointment_count"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月大约多少单")]
    [InlineData("上个月订单数大约多少")]
    public void About_is_not_a_booking(string question) =>
        Assert.DoesNotContain("appointment_count", FollowUpTestSupport.Query(question).Metrics);
}
