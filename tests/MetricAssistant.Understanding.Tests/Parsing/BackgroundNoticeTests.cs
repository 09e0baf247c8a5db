using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>A story set aside before the ask is never dropped silently: the reading names it, in the asker's own words.</summary>
public sealed class BackgroundNoticeTests
{
    [Theory]
    [InlineData("昨天开会的时候老板又问起来了，我也说不清，你帮我查一下上个月各渠道的订单数", "昨天开会的时候老板又问起来了，我也说不清")]
    [InlineData("下周要交周报，财务一直追着问天猫的事，我现在就差一个数：上个季度的GMV", "下周要交周报，财务一直追着问天猫的事")]
    [InlineData("Sorry for the long message, the QBR is next week and finance keeps asking about Tmall. What I need: last quarter's GMV",
        "Sorry for the long message, the QBR is next week and finance keeps asking about Tmall")]
    [InlineData("Board pack went out late again, long story, but can you pull June visitors by region", "Board pack went out late again, long story")]
    public void The_story_is_named_as_background(string question, string story)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Contains(new TreatedAsBackground(story), result.Notices);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("上个月，帮我看下GMV")]
    [InlineData("天猫和京东，帮我对比一下上个月的GMV")]
    [InlineData("last month's GMV by channel please")]
    public void A_question_said_first_is_no_background(string question) =>
        Assert.DoesNotContain(Understand(question).Notices, n => n is TreatedAsBackground);
}
