using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A year-ago base said loosely (no article, "over" / "on" / "from" as the link, "the year-ago month", 比去年同月, 跟一年前同月比) is
/// year over year, also beside a movement verb that alone would ask for the period before (CONVENTIONS "Comparison"); the asked
/// period stays and no word of the base is left unread.
/// </summary>
public sealed class LooseYearBackBaseTests
{
    [Theory]
    [InlineData("how much did refunds rise in March over same month last year", "2025-03-01", "2025-04-01")]
    [InlineData("by how much did new members go up in April over the year-ago month", "2025-04-01", "2025-05-01")]
    [InlineData("GMV in May vs the year-ago month", "2025-05-01", "2025-06-01")]
    [InlineData("paid orders in June were up how much on same month a year earlier", "2025-06-01", "2025-07-01")]
    [InlineData("how far did refunds slip in Q1 from the same quarter last year", "2025-01-01", "2025-04-01")]
    [InlineData("orders in Q2 against same quarter last year", "2025-04-01", "2025-07-01")]
    [InlineData("3月退款比去年同月涨了多少", "2025-03-01", "2025-04-01")]
    [InlineData("4月新增会员跟一年前同月比多了多少", "2025-04-01", "2025-05-01")]
    [InlineData("二季度的订单数较去年同季度增长了多少", "2025-04-01", "2025-07-01")]
    public void Is_year_over_year_with_the_asked_period(string question, string start, string end)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(Comparison.Yoy, result.Query!.Compare);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }
}
