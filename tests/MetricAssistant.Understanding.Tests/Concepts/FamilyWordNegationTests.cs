using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The word an implied family's names share (members, 会员) names the family, so a member ruled out leaves the others; a
/// variant's English naming runs to its head ("the placed-orders version"), its words no metric asked; a meaning of a glossary
/// word ruled out after it is said ("付款那种不要") leaves the others to ask back among.
/// </summary>
public sealed class FamilyWordNegationTests
{
    [Theory]
    [InlineData("member count in June — not the new sign-ups one", "total_customers")]
    [InlineData("members last month, but not the cumulative figure", "new_customers")]
    [InlineData("上个月会员，新增的不要", "total_customers")]
    [InlineData("GMV last quarter, excluding the net version and the placed-orders version", "gmv")]
    [InlineData("GMV last quarter, leaving out the ordered-GMV version and the net one", "gmv")]
    public void The_member_left_is_the_answer(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("本月客户数，付款那种不要", "new_customers,total_customers")]
    [InlineData("上个月客户数，新增的就算了", "paying_customers,total_customers")]
    // "customers" also names paying customers: it is no word of the member family, so two meanings stay.
    [InlineData("number of customers in June, but not the newly joined ones", "paying_customers,total_customers")]
    public void A_meaning_ruled_out_leaves_the_others_asked_back(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(',').Order(), result.Alternatives.Order());
    }
}
