using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A message that tells its story before it asks: the story's times, places and channels say what happened, not what is asked
/// (now is 2025-07-15). A time or a value said first as part of the question itself stays.
/// </summary>
public sealed class BackgroundClausesTests
{
    [Theory]
    [InlineData("昨天开会的时候老板又问起来了，我也说不清，你帮我查一下上个月各渠道的订单数", "2025-06-01", "2025-07-01")]
    [InlineData("下周要交周报，我现在就差一个数：上个季度的GMV，谢谢", "2025-04-01", "2025-07-01")]
    [InlineData("上周出差刚回来，你帮我拉一下今年3月的退款金额", "2025-03-01", "2025-04-01")]
    [InlineData("Sorry, long week, the offsite ran late yesterday. What I need: last quarter's paid orders by region.", "2025-04-01", "2025-07-01")]
    [InlineData("Quick one before my flight tomorrow: GMV for May, by channel please.", "2025-05-01", "2025-06-01")]
    [InlineData("Board pack went out late again, long story, but the one number I still owe them is June visitors", "2025-06-01", "2025-07-01")]
    public void The_period_is_the_asks(string question, string start, string end)
    {
        var range = Query(question).TimeRange!;
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (range.Start, range.End));
    }

    [Theory]
    [InlineData("前两天大家在群里吵华南的数据，我先不管了，帮我看下上个月除了华南以外各区域的GMV")]
    [InlineData("Sorry, long week, the Hangzhou offsite ran late yesterday. What I need: last quarter's paid orders by region.")]
    [InlineData("老板一直说西南那边拉胯，我不太服气，你帮我看看上个月各个区域的取消率")]
    public void A_place_in_the_story_filters_nothing(string question) =>
        Assert.DoesNotContain(Query(question).Filters, f => f.Operator == MetricAssistant.QueryModel.QueryFilterOperator.In);

    [Theory]
    [InlineData("上个月，帮我看下GMV", "2025-06-01")]
    [InlineData("天猫和京东，帮我对比一下上个月的GMV", "2025-06-01")]
    [InlineData("上个月的GMV，帮我按渠道拆一下", "2025-06-01")]
    public void What_is_said_first_as_the_question_stays(string question, string start)
    {
        var query = Query(question);
        Assert.Equal(DateOnly.Parse(start), query.TimeRange!.Start);
        Assert.Equal(["gmv"], query.Metrics);
    }

    [Fact]
    public void Values_said_first_of_a_short_ask_stay() =>
        Assert.Contains(Query("天猫和京东，帮我对比一下上个月的GMV").Filters, f => f.Values.SequenceEqual(["tmall", "jd"]));

    [Fact]
    public void A_message_with_no_ask_words_has_no_story() => Assert.Null(BackgroundClauses.Ask("上个月各渠道的GMV"));
}
