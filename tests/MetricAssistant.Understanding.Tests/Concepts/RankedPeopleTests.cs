using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// People in a paid state ranked by a store word or a top N, with no count word ("付过钱的人最少的三家店", "the unique shoppers who
/// paid, top 5"), are counted all the same: the paying customers, split and ranked, not asked back among conversion and visitors.
/// </summary>
public sealed class RankedPeopleTests
{
    [Theory]
    [InlineData("付过钱的人最少的三家店", 3, false)]
    [InlineData("掏过钱的人最多的五家门店", 5, true)]
    [InlineData("which 3 stores had the most people who actually paid last month", 3, true)]
    [InlineData("for each outlet store, the unique shoppers who paid, top 5", 5, true)]
    public void Ranked_people_who_paid_are_the_paying_customers(string question, int limit, bool desc)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["paying_customers"], query.Metrics);
        Assert.Equal(["store"], query.GroupBy);
        Assert.Equal(limit, query.Limit);
        Assert.Equal(desc, query.Ordering.Single().Desc);
    }

    [Fact]
    public void A_channel_ranked_by_people_who_paid_is_split_by_channel()
    {
        var query = FollowUpTestSupport.Query("付过钱的人最多的渠道");
        Assert.Equal(["paying_customers"], query.Metrics);
        Assert.Equal(["channel"], query.GroupBy);
    }
}
