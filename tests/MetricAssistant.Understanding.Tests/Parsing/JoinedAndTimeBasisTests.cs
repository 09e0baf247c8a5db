using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Joining is becoming a member ("新 join 进来的人数", "入会的人": new customers, never visitors); a time basis
/// ("按下单时间算", "按付款时间来算") is read, the order time or the paid time of the metrics' own definitions.
/// </summary>
public sealed class JoinedAndTimeBasisTests
{
    [Theory]
    [InlineData("新 join 进来的人数", "new_customers")]
    [InlineData("上个月新join进来的人有多少", "new_customers")]
    [InlineData("本月新入会的人", "new_customers")]
    [InlineData("上个月加入进来的人有几个", "new_customers")]
    [InlineData("people who joined last month", "new_customers")]
    public void The_event_said_decides_the_metric(string question, string metric) =>
        Assert.Equal(new[] { metric }, Query(question).Metrics);

    [Theory]
    [InlineData("上个月销售额，按下单时间算")]
    [InlineData("上周的GMV按付款时间来算是多少")]
    [InlineData("本月订单数按下单时间来算")]
    [InlineData("gmv last week, counted by payment date")]
    public void A_time_basis_is_read(string question) => Assert.Empty(Understand(question).Notices.OfType<NotUnderstood>());

    [Theory]
    [InlineData("上个月销售额，按下单时间算", "gmv_ordered")]
    [InlineData("上个月销售额，按付款时间算", "gmv")]
    public void A_time_basis_chooses_the_metric_counted_by_it(string question, string metric) =>
        Assert.Equal(new[] { metric }, Query(question).Metrics);
}
