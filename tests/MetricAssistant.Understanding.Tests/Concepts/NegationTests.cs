using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>A definition ruled out leaves the family's other variants (read from the catalog's family data).</summary>
public class NegationTests
{
    [Theory]
    [InlineData("上个月不要财务口径的GMV", "gmv_net,gmv_ordered")]
    [InlineData("不是下单口径，上个月多少", "gmv,gmv_net")]
    [InlineData("any GMV except the finance one last month", "gmv_net,gmv_ordered")]
    [InlineData("GMV last month excluding net GMV", "gmv,gmv_ordered")]
    public void Several_variants_left_are_asked_about(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    [InlineData("上个月的GMV，不要财务口径也不要下单口径", "gmv_net")]
    [InlineData("GMV last month, not ordered GMV and not net GMV", "gmv")]
    [InlineData("GMV last month, not the finance one and not the e-commerce one", "gmv_net")]
    public void The_one_variant_left_is_the_answer_and_its_words_are_no_filter(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void An_exclusion_of_a_value_is_not_a_negated_definition()
    {
        var query = FollowUpTestSupport.Query("上个月除了天猫的GMV");
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Single(query.Filters);
    }

    [Theory]
    // Joined by a conjunction after one negation, or each with its own (也不要, 也别).
    [InlineData("上季度GMV，不要按下单算，也不要扣券的", "gmv")]
    [InlineData("GMV last month, excluding the finance team's number and the net one", "gmv_ordered")]
    [InlineData("上个月GMV，别按付款算，也别扣优惠券", "gmv_ordered")]
    // The owning department alone, before or after the negation.
    [InlineData("上个月GMV，运营部和财务部的都不要", "gmv_ordered")]
    [InlineData("GMV in May, not the operations one nor the finance one", "gmv_ordered")]
    public void Every_definition_ruled_out_is_left_out(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("今年的GMV，电商部那套就算了", "gmv,gmv_net")]
    [InlineData("去年GMV，non-finance口径", "gmv_net,gmv_ordered")]
    [InlineData("上个月GMV，不要电商的口径", "gmv,gmv_net")]
    public void A_department_ruled_out_leaves_the_others_to_choose(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    // A dimension after the word makes it a value: the e-commerce channel, not the e-commerce definition.
    [InlineData("上个月的GMV，除了电商渠道", "gmv")]
    // 分别 and 别的 are no negation.
    [InlineData("线上线下分别卖了多少钱 今年", "gmv")]
    public void Words_that_only_look_like_ruling_out_rule_nothing_out(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    // A state a variant's own filters leave out agrees with it: net GMV excludes cancelled orders.
    [InlineData("上个月扣了优惠券、不算取消订单的订单金额", "gmv_net")]
    [InlineData("上个月扣掉优惠券、去掉取消单以后的订单金额", "gmv_net")]
    // "Not only the paid ones" widens: the plain count.
    [InlineData("3月订单数，不要只算付款的", "order_count")]
    [InlineData("orders last week, not only the paid ones", "order_count")]
    // A two-character verb said both ways is counted either way.
    [InlineData("上个月订单数，取消没取消都算", "order_count")]
    [InlineData("上个月下单的总金额，取消没取消都算", "gmv_ordered")]
    public void A_state_said_to_be_left_out_or_either_way_keeps_the_plain_reading(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("我要的是毛利，不是", true)]
    [InlineData("我要的是毛利，而不是那个", true)]
    [InlineData("gross profit rather than the ", true)]
    [InlineData("gross profit, not ", true)]
    [InlineData("cannot ", false)]
    [InlineData("我要的是", false)]
    [InlineData("", false)]
    public void A_term_right_after_a_negation_is_the_one_not_wanted(string textBefore, bool negated) =>
        Assert.Equal(negated, ConceptVocabulary.Default.EndsWithNegation(textBefore));
}
