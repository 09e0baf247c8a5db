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

    // Members said only to have placed an order (下过单, 下了单): no count of people who ordered is governed, so the question is
    // asked back with the buyers first, the plain order count and the members' own count; the order count is never answered.
    [Theory]
    [InlineData("有多少会员下过单")]
    [InlineData("上个月下过单的会员有几个")]
    [InlineData("上个月会员里有几个人下过单")]
    [InlineData("上个月会员里有多少人下了单")]
    public void Members_said_only_to_have_ordered_are_asked_back_with_the_buyers_first(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["paying_customers", "order_count", "new_customers"], result.Alternatives);
    }

    [Theory]
    [InlineData("上个月下过单的订单有多少", "order_count")]
    [InlineData("多少会员", "total_customers")]
    [InlineData("how many members paid", "paying_customers")]
    public void A_count_of_orders_or_of_members_alone_keeps_its_reading(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    // The article's phrase reaches past a word before its noun ("a paid order"): no word of it names a metric, so a share of
    // visitors who placed one is the conversion, never a share of orders.
    [Theory]
    [InlineData("Of everyone who visited last month, what share placed a paid order?")]
    [InlineData("of all visitors last week, what fraction ended up placing a paid order")]
    [InlineData("what share of last month's visitors went on to place a paid order")]
    public void A_share_of_visitors_placing_a_paid_order_is_the_conversion(string question) =>
        Assert.Equal(["conversion_rate"], FollowUpTestSupport.Query(question).Metrics);

    // "books" is the company's ledger ("on our member books", "closing the books"), never bookings.
    [Theory]
    [InlineData("How many customers were on our member books at the end of 2024?", "total_customers")]
    [InlineData("Closing the books here: total value of everything customers ordered in Q1 2025, paid or not", "gmv_ordered")]
    public void Books_are_no_bookings(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
