using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A definition ruled out, then the one wanted said after an affirming word ("不是…，是…", "not …, I mean …", "not …, rather …"):
/// by its words, its owner or a description; and "excluding" a described definition rules it out.
/// </summary>
public sealed class AffirmedVariantTests
{
    [Theory]
    [InlineData("我要的不是paid GMV，是order placed那个", "gmv_ordered")]
    [InlineData("上个月GMV，我要的不是付款口径，而是按下单算的那个", "gmv_ordered")]
    [InlineData("上周GMV，不是财务口径，要运营部那个", "gmv_net")]
    [InlineData("GMV last month, not the finance one but the ecommerce one", "gmv_ordered")]
    [InlineData("June GMV, not the paid one, rather the one counted when orders are placed", "gmv_ordered")]
    public void The_definition_said_after_the_ruled_out_one_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("GMV excluding the coupon-netted definition, top 3 cities")]
    [InlineData("上月各城市成交额，除了扣券的口径")]
    public void Excluding_a_described_definition_asks_among_the_others(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["gmv", "gmv_ordered"], result.Alternatives);
    }
}
