using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Trade words the catalog's glossary relates to several metrics (走量, 出货量, "customer value", 人头数): a question back
/// among the metrics they can mean, never not found and never one of them guessed.
/// </summary>
public sealed class GlossaryNearMissTests
{
    [Theory]
    [InlineData("上个月走量怎么样", "order_count", "units_sold")]
    [InlineData("今年5月的出货量", "order_count", "units_sold")]
    [InlineData("上周跑量咋样", "order_count", "units_sold")]
    [InlineData("what was customer value last quarter", "arppu", "aov")]
    [InlineData("上个月客户价值多少", "arppu", "aov")]
    [InlineData("人头数", "avg_headcount", "paying_customers")]
    [InlineData("上个月人头数有多少", "avg_headcount", "visitors")]
    [InlineData("headcount of people last month", "avg_headcount", "paying_customers")]
    public void A_glossary_word_is_a_question_back_among_its_metrics(string question, string first, string second)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(first, result.Alternatives);
        Assert.Contains(second, result.Alternatives);
    }

    [Theory]
    [InlineData("上个月客户终身价值")]
    [InlineData("customer lifetime value last year")]
    public void Lifetime_value_stays_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, Understand(question).Outcome);
}
