using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A question announced as a new one ("另外问个事，", "换个问题，", "separate question:") is read whole, inheriting nothing, and the
/// lead-in is no part left unread.
/// </summary>
public sealed class FollowUpNewQuestionTests
{
    [Theory]
    [InlineData("上个月华东的GMV", "换个问题，退款率多少")]
    [InlineData("上个月华东的GMV", "另外问个事，上周的访客数")]
    [InlineData("GMV in East China last month", "separate question: what's the refund rate")]
    [InlineData("GMV in East China last month", "on a different topic, how many visitors came last week?")]
    public void A_lead_in_starts_a_new_question(string previous, string question) =>
        Assert.Null(Continue(Query(previous), question));

    [Theory]
    [InlineData("另外问个事，去年线上一共多少支付订单")]
    [InlineData("换个问题，去年线上一共多少支付订单")]
    [InlineData("btw, separate question: how many paid orders online last year")]
    public void The_question_after_the_lead_in_is_read_whole(string question)
    {
        var result = Understand(question);
        Assert.Equal(["paid_order_count"], result.Query!.Metrics);
        Assert.Equal([new QueryFilter("online_offline", QueryFilterOperator.In, ["online"])], result.Query.Filters);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Fact]
    public void Btw_alone_still_follows_up() =>
        Assert.NotNull(Continue(Query("上个月华东的GMV"), "btw what about JD"));
}
