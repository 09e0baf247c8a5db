using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>礼拜 is 周 (CONVENTIONS "Time"), also in grain words: "每个礼拜", "按礼拜", "每礼拜", "一个礼拜一个礼拜地" → week.</summary>
public sealed class WeekWordGrainTests
{
    [Theory]
    [InlineData("每个礼拜的GMV")]
    [InlineData("按礼拜看今年的GMV")]
    [InlineData("今年每礼拜的订单数")]
    [InlineData("逐礼拜的访客数")]
    [InlineData("一个礼拜一个礼拜地看GMV")]
    public void Detects_week(string text) => Assert.Equal(TimeGrain.Week, GrainDetector.Detect(text).Grain);

    [Theory]
    [InlineData("每个礼拜的GMV")]
    [InlineData("今年每礼拜的订单数")]
    public void The_question_is_answered_by_week(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(TimeGrain.Week, result.Query!.Grain);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }
}
