using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// "上礼拜一整周", "这周一整周", "上个月一整月": 一整周 / 一整个月 says how long (the whole period), it is no Monday;
/// "上周一" alone, and "上周一整天" (Monday, all day), stay Monday. now = 2025-07-15, a Tuesday.
/// </summary>
public class WholeLengthTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("上礼拜一整周的GMV", "2025-07-07", "2025-07-14")]
    [InlineData("上周一整周的订单数", "2025-07-07", "2025-07-14")]
    [InlineData("这周一整周的访客数", "2025-07-14", "2025-07-21")]
    [InlineData("上个礼拜一整个礼拜的GMV", "2025-07-07", "2025-07-14")]
    [InlineData("上星期一整个星期的订单", "2025-07-07", "2025-07-14")]
    [InlineData("上个月一整月的GMV", "2025-06-01", "2025-07-01")]
    [InlineData("上周一的GMV", "2025-07-07", "2025-07-08")]
    [InlineData("上周一整天的GMV", "2025-07-07", "2025-07-08")]
    public void Resolves(string question, string start, string end) =>
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);

    [Theory]
    [InlineData("上礼拜一整周的GMV")]
    [InlineData("上个礼拜一整个礼拜的GMV")]
    [InlineData("上个月一整月的GMV")]
    public void The_length_word_is_no_leftover(string question) =>
        Assert.Empty(FollowUp.FollowUpTestSupport.Understand(question).Notices.OfType<NotUnderstood>());
}
