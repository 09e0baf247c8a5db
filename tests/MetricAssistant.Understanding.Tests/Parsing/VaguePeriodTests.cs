using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>A period meant but not said is asked back; never answered for a default window in silence.</summary>
public sealed class VaguePeriodTests
{
    [Theory]
    [InlineData("年初的订单数怎么样", "年初")]
    [InlineData("这阵子天猫的GMV咋样", "这阵子")]
    [InlineData("how have refunds been lately", "lately")]
    public void A_vague_period_alone_is_asked_back_naming_the_metric(string question, string words)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        var vague = Assert.Single(result.Notices.OfType<VaguePeriod>());
        Assert.Equal(words, vague.Words);
        Assert.NotEmpty(vague.Metrics);
        // The period is the question: a metric offered as the choice would only ask the same again.
        Assert.Empty(result.Alternatives);
    }

    [Theory]
    [InlineData("年初至今的订单数")]
    [InlineData("年初到现在的GMV")]
    [InlineData("这阵子，也就是上个月，的订单数")]   // another word names the period
    public void A_named_period_is_answered(string question) =>
        Assert.Equal(UnderstandingOutcome.Query, Understand(question).Outcome);

    [Theory]
    [InlineData("年初至今的GMV", null)]
    [InlineData("2025年初的GMV", null)]   // 2025年 is read as the period
    public void Year_to_date_is_no_vague_word(string text, string? expected) =>
        Assert.Equal(expected, VaguePeriodWords.Find(text));
}
