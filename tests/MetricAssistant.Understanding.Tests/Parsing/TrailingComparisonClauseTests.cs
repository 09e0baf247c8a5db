using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A comparison said as a clause of its own after the asked period, naming its base ("…for August, and how that compares with
/// July", "… — how does it stack up against Q2?", "10月的，再跟9月比较一下"): the first period is the range, the base the period
/// before (pop) or a year back (yoy); the clause is never dropped (CONVENTIONS "Comparison", "Silent drops").
/// </summary>
public sealed class TrailingComparisonClauseTests
{
    [Theory]
    [InlineData("visitors by channel for August, and how that compares with July", "2024-08-01", "2024-09-01", "pop")]
    [InlineData("units sold in Q3 — how does it stack up against Q2?", "2025-07-01", "2025-10-01", "pop")]
    [InlineData("refunds in June, then versus May", "2025-06-01", "2025-07-01", "pop")]
    [InlineData("GMV for May, and how does it compare with May last year", "2025-05-01", "2025-06-01", "yoy")]
    [InlineData("毛利率按品类看10月的，再跟9月比较一下", "2024-10-01", "2024-11-01", "pop")]
    [InlineData("6月的订单数；然后和去年6月比一下", "2025-06-01", "2025-07-01", "yoy")]
    [InlineData("3月各渠道的GMV，再对比一下2月", "2025-03-01", "2025-04-01", "pop")]
    [InlineData("units by channel for May, excluding JD, and how it compares with April.", "2025-05-01", "2025-06-01", "pop")]
    [InlineData("refund rate by region for May without Douyin, and how it compares with April", "2025-05-01", "2025-06-01", "pop")]
    [InlineData("visitors for May, and how it compares with April", "2025-05-01", "2025-06-01", "pop")]
    [InlineData("Q2 华南 region 的订单数, 跟 Q1 compare 一下", "2025-04-01", "2025-07-01", "pop")]
    [InlineData("Q2 天猫 channel 的 GMV，跟去年 Q2 compare 一下", "2025-04-01", "2025-07-01", "yoy")]
    [InlineData("refunds on Tmall for June, split by category — and how that stacks up against May, please", "2025-06-01", "2025-07-01", "pop")]
    [InlineData("请列出第二季度华南区的订单数，按渠道分，并与第一季度比较", "2025-04-01", "2025-07-01", "pop")]
    [InlineData("请给出今年三月各区域的GMV，不含京东，并与去年三月对比", "2025-03-01", "2025-04-01", "yoy")]
    public void Compares_the_asked_period_with_the_base_named_after_it(string question, string start, string end, string compare)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(compare == "yoy" ? Comparison.Yoy : Comparison.Pop, result.Query!.Compare);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Fact]
    public void Keeps_the_split_of_the_question()
    {
        var query = Query("visitors by channel for August, and how that compares with July");
        Assert.Equal(["channel"], query.GroupBy);
    }
}
