using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A share named beside a thing counted that none of its parts counts ("预约到店成交转化率", "conversion of appointments into
/// purchases") is that thing's share in the catalog, never the named share answered for the wrong rows.
/// </summary>
public sealed class ShareOfAnotherSubjectTests
{
    [Theory]
    [InlineData("上个月预约到店成交转化率")]
    [InlineData("预约成交转化率，上个月")]
    [InlineData("last month's appointment booking-to-purchase conversion")]
    [InlineData("conversion of appointments into purchases last month")]
    [InlineData("store appointment conversion rate by region last quarter")]
    public void The_share_of_the_thing_said_answers(string question) =>
        Assert.Equal(["appointment_conversion_rate"], Query(question).Metrics);

    [Theory]
    [InlineData("上个月转化率")]
    [InlineData("上个月会员转化率")]
    [InlineData("conversion rate of members last month")]
    [InlineData("上个月门店转化率")]
    public void A_share_said_of_its_own_things_or_of_a_value_stays(string question) =>
        Assert.Equal(["conversion_rate"], Query(question).Metrics);
}
