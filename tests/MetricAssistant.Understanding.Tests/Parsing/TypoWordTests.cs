using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>A typo is one or two slips within a word; two edits on one short word make another word, which stays what it is.</summary>
public class TypoWordTests
{
    [Theory]
    [InlineData("headcount trend 2024")]
    [InlineData("staff headcount trend last year")]
    public void A_real_word_beside_a_name_is_not_mistyped_into_another_name(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Null(query.At);
    }

    [Theory]
    [InlineData("avergae order value last month", "aov")]
    [InlineData("refnd rate last month", "refund_rate")]
    public void A_slip_within_a_word_is_still_read(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
