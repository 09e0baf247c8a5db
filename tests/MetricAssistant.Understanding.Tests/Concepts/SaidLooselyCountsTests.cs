using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Counts said loosely: orders counted with 张 ("付了钱的单有多少张", Cantonese 有几多张单…俾咗钱) are the paid orders.
/// </summary>
public sealed class SaidLooselyCountsTests
{
    [Theory]
    [InlineData("付了钱的单有多少张")]
    [InlineData("上个月实打实付了款的单有多少张")]
    [InlineData("有几多张单系真系俾咗钱嘅")]
    public void Orders_counted_by_the_sheet_that_were_paid_are_paid_orders(string question) =>
        Assert.Equal(["paid_order_count"], FollowUpTestSupport.Query(question).Metrics);
}
