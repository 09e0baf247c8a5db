using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Money that went back to customers ("the money that came back", "returned to shoppers", "还回去的钱") is refunds,
/// never paying customers nor a question back among the GMVs.
/// </summary>
public sealed class MoneyGivenBackTests
{
    [Theory]
    [InlineData("how much money came back last month")]
    [InlineData("the money that came back by channel")]
    [InlineData("money returned to shoppers last quarter")]
    [InlineData("how much did we pay back to customers last month")]
    [InlineData("上个月还回去的钱有多少")]
    [InlineData("上个月退回去的钱按区域看")]
    public void Money_gone_back_is_refunds(string question) =>
        Assert.Equal(["refund_amount"], FollowUpTestSupport.Query(question).Metrics);
}
