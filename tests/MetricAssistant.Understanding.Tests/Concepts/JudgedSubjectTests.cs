using MetricAssistant.Understanding.Tests.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Best or worst of a bare subject whose metrics are an amount and a rate ("which channel is doing best on refunds", 哪个渠道退款
/// 表现最差): the plain amount, ranked by its good direction (best on refunds = the fewest); a word saying rate keeps the rate.
/// Asked about in general with no ranking ("how bad are refunds"), the subject is still asked back.
/// </summary>
public sealed class JudgedSubjectTests
{
    [Theory]
    [InlineData("Which channel is doing best on refunds this year?", "refund_amount", false)]
    [InlineData("which region is doing worst on refunds last quarter", "refund_amount", true)]
    [InlineData("哪个渠道退款表现最差", "refund_amount", true)]
    [InlineData("今年退款方面哪个渠道做得最好", "refund_amount", false)]
    [InlineData("上个月哪个区域的退款最严重", "refund_amount", true)]
    [InlineData("which channel is doing best on refund rate this year", "refund_rate", false)]
    [InlineData("上个月哪个区域退款率表现最差", "refund_rate", true)]
    public void Best_or_worst_of_a_bare_subject_is_its_plain_amount(string question, string metric, bool desc)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(desc, Assert.Single(query.OrderBy!).Desc);
    }

    [Theory]
    [InlineData("how bad are refunds this year?")]
    [InlineData("今年退款情况怎么样")]
    public void A_subject_asked_about_without_a_ranking_is_asked_back(string question) =>
        Assert.Equal(UnderstandingOutcome.Clarify, FollowUpTestSupport.Understand(question).Outcome);
}
