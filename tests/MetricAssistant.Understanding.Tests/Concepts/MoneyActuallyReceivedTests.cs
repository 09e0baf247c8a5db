using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Money actually received, said loosely (实收, 实际到手的钱, 实际收到, Cantonese 客人俾咗嘅钱 read as 给了的钱), is the money
/// paid: the paid GMV, never not found nor a question back among the GMVs and refunds.
/// </summary>
public sealed class MoneyActuallyReceivedTests
{
    [Theory]
    [InlineData("上个月实收多少")]
    [InlineData("本月实收金额按区域")]
    [InlineData("上个月实际到手的钱")]
    [InlineData("上个月实际收到多少钱")]
    [InlineData("上个月客人俾咗嘅钱")]
    [InlineData("how much cash we actually took in today")]
    public void Money_actually_received_is_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);
}
