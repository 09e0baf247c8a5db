using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A glossary word's meanings ruled out one by one in the same question: one left is the answer, several are asked back
/// among; and a metric named only to rule it out is no second metric asked.
/// </summary>
public sealed class RuledOutMeaningsTests
{
    [Theory]
    [InlineData("上礼拜的客户数，不是新增那个，也不是累计那个")]
    [InlineData("上个月客户数，不要新增的也不要累计的")]
    [InlineData("customer count last month, not the new sign-ups and not the cumulative base, the ones who paid")]
    [InlineData("customers last month, not the new members and not the cumulative base")]
    public void The_one_meaning_left_is_the_answer(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["paying_customers"], result.Query!.Metrics);
    }

    [Theory]
    // A glossary word of one family's variants ("订单金额"): its variants ruled out by name or by description.
    [InlineData("上个月的订单金额，不是下单那个，也不是净的")]
    [InlineData("last month's order value, not the placed one and not the net one")]
    public void A_glossary_word_of_one_family_is_that_family(string question) =>
        Assert.Equal(["gmv"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月的客户数，不是新增的", "paying_customers,total_customers")]
    [InlineData("上个月的客户数，不是累计的那个", "paying_customers,new_customers")]
    [InlineData("how many customers last month? not the new ones", "paying_customers,total_customers")]
    public void Several_meanings_left_are_asked_back_among(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    [InlineData("净GMV，上周的，别拿财务口径糊弄我", "gmv_net")]
    [InlineData("appointment conversion last quarter by region — not the web visitor conversion thing", "appointment_conversion_rate")]
    [InlineData("上季度各区域预约转化率，不是官网访客那个转化率", "appointment_conversion_rate")]
    public void A_metric_named_only_to_rule_it_out_is_not_asked(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void Not_just_one_metric_adds_it() =>
        Assert.Equal(["gmv", "order_count"], FollowUpTestSupport.Query("last month not just GMV but also order count").Metrics);
}
