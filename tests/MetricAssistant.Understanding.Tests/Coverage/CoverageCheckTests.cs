using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Coverage;

/// <summary>Every meaningful part of a question is taken by a reading step or named as not understood.</summary>
public sealed class CoverageCheckTests
{
    private static readonly CoverageCheck Check = new(FillerWords.Default);

    [Fact]
    public void Consumed_parts_and_filler_leave_nothing() =>
        Assert.Empty(Check.Leftovers("请问上个月gmv是多少", [new ConsumedSpan(2, 3, SpanKind.Time), new ConsumedSpan(5, 3, SpanKind.Metric)]));

    [Fact]
    public void A_meaningful_part_no_step_took_is_returned() =>
        Assert.Equal(["颜色"], Check.Leftovers("上个月按颜色的gmv", [new ConsumedSpan(0, 3, SpanKind.Time), new ConsumedSpan(7, 3, SpanKind.Metric)]));

    [Fact]
    public void Neighbouring_latin_words_are_one_phrase_and_short_or_filler_words_are_not_reported() =>
        Assert.Equal(["shipped late"], Check.Leftovers("how many orders were shipped late pls", [new ConsumedSpan(9, 6, SpanKind.Metric)]));

    [Theory]
    [InlineData("上个月按颜色的GMV", "颜色")]
    [InlineData("orders last month in the rainy days", "rainy days")]
    [InlineData("上个月退款金额的原因分布", "原因")]
    public void The_reader_names_what_it_did_not_understand(string question, string left) =>
        Assert.Equal(new NotUnderstood(left), FollowUpTestSupport.Understand(question).Notices.OfType<NotUnderstood>().Single());

    [Theory]
    [InlineData("请问上个月GMV是多少？谢谢！")]
    [InlineData("hey bot, orders last week pls")]
    [InlineData("上个月华东和华南对比的GMV")]
    [InlineData("除了天猫和京东，上季度各区域的订单数排名前三")]
    [InlineData("top 5 stores by gmv excluding outlets last quarter, year over year")]
    [InlineData("上个月末的在岗人数")]
    [InlineData("今年以来各渠道GMV按月趋势")]
    public void Questions_read_whole_have_no_leftovers(string question) =>
        Assert.Empty(FollowUpTestSupport.Understand(question).Notices.OfType<NotUnderstood>());
}
