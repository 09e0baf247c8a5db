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
