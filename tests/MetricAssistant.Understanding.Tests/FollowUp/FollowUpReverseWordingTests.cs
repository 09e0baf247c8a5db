using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// The ranking turned round (CONVENTIONS "Follow-ups"), however it is said: "other way round" with or without "the", "flip it",
/// "the bottom ones instead" (as many rows as before, not one); the next metric keeps the reversed order and the limit.
/// </summary>
public sealed class FollowUpReverseWordingTests
{
    private const string Top3 = "top 3 regions by new members last year";

    [Theory]
    [InlineData(Top3, "other way round")]
    [InlineData(Top3, "other way around")]
    [InlineData(Top3, "the other way around")]
    [InlineData(Top3, "flip it")]
    [InlineData(Top3, "reverse that")]
    [InlineData(Top3, "bottom ones instead")]
    [InlineData("去年新会员最多的3个区域", "反过来呢")]
    [InlineData("去年新会员最多的3个区域", "倒过来看")]
    public void The_reverse_keeps_the_limit_and_turns_the_order(string previous, string followUp)
    {
        var result = Chain(previous, followUp);
        var first = Query(previous);
        Assert.Equal(first with { OrderBy = [new QueryOrder("new_customers", false)] }, result.Query);
        Assert.Equal(3, result.Query.Limit);
    }

    [Theory]
    [InlineData(Top3, "other way round", "What about orders?")]
    [InlineData("去年新会员最多的3个区域", "反过来呢", "订单数呢")]
    public void Another_metric_after_the_reverse_keeps_it_ascending(string previous, string reverse, string metric)
    {
        var result = Chain(previous, reverse, metric);
        Assert.Equal(Query(previous) with { Metrics = ["order_count"], OrderBy = [new QueryOrder("order_count", false)] }, result.Query);
    }
}
