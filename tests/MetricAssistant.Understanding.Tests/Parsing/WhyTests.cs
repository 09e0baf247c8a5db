using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>"为什么GMV降了": a question about a change, never a plain value.</summary>
public sealed class WhyTests
{
    [Theory]
    [InlineData("为什么gmv降了", Comparison.Pop)]
    [InlineData("gmv为啥跌了", Comparison.Pop)]
    [InlineData("why did refunds go up last month", Comparison.Pop)]
    [InlineData("why did aov drop last quarter year over year", Comparison.Yoy)]
    [InlineData("为什么今年上半年退款金额同比涨了这么多", Comparison.Yoy)]
    [InlineData("上个月gmv怎么少了这么多", Comparison.Pop)] // 怎么 before a movement asks why
    [InlineData("上个月订单数咋又跌了", Comparison.Pop)]
    [InlineData("gmv why比上个月涨了", Comparison.Pop)] // why before a Chinese character
    [InlineData("上个月gmv为么子降了", Comparison.Pop)] // dialect whys: Hunan, Sichuan, northern, Cantonese
    [InlineData("上个月订单数为啥子少了", Comparison.Pop)]
    [InlineData("上个月gmv咋整的，咋这么低", Comparison.Pop)]
    [InlineData("上个月退款金额怎么搞的", Comparison.Pop)]
    [InlineData("上个月gmv咋这么多", Comparison.Pop)]
    [InlineData("上个月gmv点解跌咗", Comparison.Pop)]
    [InlineData("how come refunds went up last month", Comparison.Pop)]
    public void A_why_question_asks_for_the_change(string question, Comparison compare)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Query!.Explain);
        Assert.Equal(compare, result.Query.Compare);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("上个月gmv")]
    [InlineData("gmv环比")]
    [InlineData("上个月gmv怎么样")]
    [InlineData("上个月gmv怎么算的")]
    [InlineData("上个月gmv咋整")] // what to do, no why
    public void Other_questions_are_no_why(string question) => Assert.False(FollowUpTestSupport.Query(question).Explain);

    [Fact]
    public void Movement_words_are_taken_only_in_a_why_question()
    {
        Assert.NotEmpty(WhyDetector.Spans("为什么gmv降了"));
        Assert.Empty(WhyDetector.Spans("gmv降了多少"));
    }
}
