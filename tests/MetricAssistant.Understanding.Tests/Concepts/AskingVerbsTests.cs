using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Verbs whose words also describe a quantity: "share" asked of the reader gives, it asks no share; "bring in" of people
/// recruits them, it earns no money; and the words people use for money and places.
/// </summary>
public sealed class AskingVerbsTests
{
    [Theory]
    [InlineData("kindly share the number of visitors last week", "visitors")]
    [InlineData("can you share last month's GMV", "gmv")]
    [InlineData("pls share with me the order count for June", "order_count")]
    [InlineData("could you share refunds for last month", "refund_amount")]
    public void Share_asked_of_the_reader_gives(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_share_of_a_whole_keeps_its_ratio()
    {
        var result = FollowUpTestSupport.Understand("what share of orders were cancelled last month");
        Assert.Equal(["cancel_rate"], result.Query?.Metrics ?? result.Alternatives);
    }

    [Theory]
    [InlineData("which region brought in the most new members last month", "new_customers", "region")]
    [InlineData("which member level brought in more new members in June", "new_customers", "member_level")]
    [InlineData("which store brought in the most GMV last month", "gmv", "store")]
    public void Bring_in_takes_what_is_brought(string question, string metric, string split)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal([split], query.GroupBy);
    }

    [Theory]
    [InlineData("上个月客人付的钞票一共多少", "gmv")]
    [InlineData("上周卖了多少票子", "gmv")]
    [InlineData("上个礼拜客户真正付掉的钞票有多少", "gmv")]
    [InlineData("今朝客人付进来的钱有多少了", "gmv")]
    public void Colloquial_money_is_money(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("headcount in the shops last month")]
    [InlineData("how many staff worked at our branches in June")]
    [InlineData("visitors to the shops last week")]
    public void A_place_said_with_its_preposition_is_no_split(string question) =>
        Assert.Empty(FollowUpTestSupport.Query(question).GroupBy);

    [Fact]
    public void A_ranking_over_places_still_splits() =>
        Assert.Equal(["store"], FollowUpTestSupport.Query("which of the shops had the most visitors last week").GroupBy);

    [Theory]
    [InlineData("total value of the orders booked in Q2 2025", "gmv_ordered")]
    [InlineData("how many orders did we book last week", "order_count")]
    [InlineData("how many appointments were booked last week", "appointment_count")]
    [InlineData("list-price value of the goods sold in May", "item_sales")]
    public void Orders_booked_were_placed_and_goods_are_items(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
