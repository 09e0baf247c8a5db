using MetricAssistant.Understanding.Concepts;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Parts of a question that say what it asks without naming it: why words (咋回事, "what's driving"), a metric's name that
/// only says before what another is taken ("before any discounts"), money asked with the payers inside the phrase ("how
/// much did customers pay": a slot filled by each word for people), and measure words of goods (多少双: units).
/// </summary>
public sealed class DescribedPartsTests
{
    [Theory]
    [InlineData("咋回事，上个月的退款金额比5月多了这么多")]
    [InlineData("怎么回事，上周GMV少了这么多")]
    [InlineData("what's driving the drop in paid orders last month")]
    [InlineData("what is causing the decline in AOV last quarter")]
    public void A_why_word_asks_for_the_change_and_its_parts(string question) => Assert.True(Query(question).Explain);

    [Theory]
    [InlineData("order value before any discounts by channel last month")]
    [InlineData("order value before discounts last month")]
    [InlineData("优惠前的订单金额 上个月")]
    public void A_name_saying_before_what_is_no_metric_asked(string question) => Assert.Equal(["gmv_ordered"], Query(question).Metrics);

    [Theory]
    [InlineData("how much did customers pay us in May")]
    [InlineData("what did our shoppers pay in Q1 2025 by channel")]
    [InlineData("how much did the members pay last month")]
    public void Money_asked_with_the_payers_inside_the_phrase_is_the_paid_amount(string question) => Assert.Equal(["gmv"], Query(question).Metrics);

    [Fact]
    public void A_count_of_payers_stays_a_count() => Assert.Equal(["paying_customers"], Query("how many customers paid us anything in May").Metrics);

    [Fact]
    public void A_slot_stands_for_each_word_of_its_concept_in_the_same_script()
    {
        var vocabulary = ConceptVocabulary.Default;
        Assert.Contains("customer", vocabulary.Phrases["how much did shoppers pay"]);
        Assert.Contains(ConceptVocabulary.Money, vocabulary.Phrases["how much did our buyers pay"]);
        Assert.DoesNotContain(vocabulary.Phrases.Keys, k => k.Contains('{', StringComparison.Ordinal));
        // Filled only from phrases as written: no phrase made by one template fills another.
        Assert.DoesNotContain(vocabulary.Phrases.Keys, k => k.Contains("pay pay", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上个月鞋子卖出去多少双")]
    [InlineData("上个月卖了几盒")]
    public void A_measure_word_of_goods_counts_units(string question) => Assert.Equal(["units_sold"], Query(question).Metrics);
}
