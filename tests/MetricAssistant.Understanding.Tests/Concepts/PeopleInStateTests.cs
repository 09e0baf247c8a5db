using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// People named by a noun whose own counts lack the state said of them (members: signed up, never paid), with a verb of paying
/// or buying: the published count of people in that state, not every member; a count of another thing keeps its reading.
/// </summary>
public sealed class PeopleInStateTests
{
    [Theory]
    [InlineData("上个月会员里有多少人付了款")]
    [InlineData("会员中有多少人掏钱买了东西")]
    [InlineData("会员里头买过东西的有几个")]
    [InlineData("members who bought something last month")]
    [InlineData("how many of our members actually paid for something last month")]
    [InlineData("上个月 members 里面有多少人真正掏钱买了东西")]
    public void Members_said_to_have_paid_are_the_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("累计会员数", "total_customers")]
    [InlineData("total members", "total_customers")]
    [InlineData("新增会员", "new_customers")]
    [InlineData("new members", "new_customers")]
    [InlineData("how many orders did members place", "order_count")]
    [InlineData("支付用户数", "paying_customers")]
    public void Members_without_a_state_of_paying_keep_their_reading(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
