using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Money said as received or earned ("客人给的钱", "最能卖钱", "赚的钱", "money we earned", "money the customers gave us"),
/// beside a ranking, a comparison or a split, is the standard paid GMV: the money came in, so it was paid.
/// </summary>
public sealed class MoneyTakenInTests
{
    [Theory]
    [InlineData("哪个渠道今年最能卖钱")]
    [InlineData("各区会员给的钱对比一下")]
    [InlineData("which channel earned the most money this year")]
    [InlineData("money the customers gave us by region last month")]
    public void Money_received_or_earned_is_paid_gmv(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void Money_given_split_by_member_level_keeps_the_split()
    {
        var query = FollowUpTestSupport.Query("会员给的钱按等级分开看");
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Equal(["member_level"], query.GroupBy);
    }
}
