using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Comparison words set the implied comparison and never change the range (CONVENTIONS "Comparison").</summary>
public class ComparisonTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("上个月gmv同比", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("上个月gmv比去年同期增长多少", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("本季度gmv和去年相比", "2025-07-01", "2025-10-01", Comparison.Yoy)]
    [InlineData("last month gmv yoy", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("gmv this quarter year over year", "2025-07-01", "2025-10-01", Comparison.Yoy)]
    [InlineData("gmv last month vs last year", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("is gmv better than a year ago? last month", "2025-06-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("orders last quarter compared with the year before", "2025-04-01", "2025-07-01", Comparison.Yoy)]
    [InlineData("本月gmv环比", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("本月gmv比上月增长多少", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("本周订单数比上周", "2025-07-14", "2025-07-21", Comparison.Pop)]
    [InlineData("上季度gmv环比上期", "2025-04-01", "2025-07-01", Comparison.Pop)]
    [InlineData("this month vs last month", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("last quarter gmv qoq", "2025-04-01", "2025-07-01", Comparison.Pop)]
    [InlineData("gmv mom for this month", "2025-07-01", "2025-08-01", Comparison.Pop)]
    [InlineData("last week gmv vs previous period", "2025-07-07", "2025-07-14", Comparison.Pop)]
    public void Comparison_keeps_the_asked_period(string question, string start, string end, Comparison comparison)
    {
        var result = Resolve(question, Now);

        Assert.Equal(Range(start, end), result.Range);
        Assert.Equal(comparison, result.ImpliedComparison);
    }

    [Theory]
    [InlineData("去年同期gmv", Comparison.Yoy)]
    [InlineData("gmv同比增长", Comparison.Yoy)]
    [InlineData("gmv yoy", Comparison.Yoy)]
    [InlineData("gmv比上月增长多少", Comparison.Pop)]
    [InlineData("比上周", Comparison.Pop)]
    [InlineData("gmv vs last month", Comparison.Pop)]
    [InlineData("环比", Comparison.Pop)]
    public void Comparison_alone_is_not_a_range(string question, Comparison comparison)
    {
        var result = Resolve(question, Now);

        Assert.Null(result.Range);
        Assert.Equal(comparison, result.ImpliedComparison);
    }

    [Fact]
    public void Comparison_mention_carries_the_baseline_period()
    {
        var result = Resolve("上月gmv同比增长", Now);

        Assert.Collection(result.Mentions,
            m => Assert.Equal(("上月", Range("2025-06-01", "2025-07-01")), (m.Text, m.Range)),
            m => Assert.Equal(("同比", Range("2024-06-01", "2024-07-01")), (m.Text, m.Range)));
        var pop = Resolve("本月比上月", Now);
        Assert.Equal(("比上月", Range("2025-06-01", "2025-07-01")), (pop.Mentions[1].Text, pop.Mentions[1].Range));
    }

    [Fact]
    public void Leap_day_baseline_a_year_earlier_is_the_28th()
    {
        var result = Resolve("今天gmv同比", "2024-02-29");

        Assert.Equal(Range("2024-02-29", "2024-03-01"), result.Range);
        Assert.Equal(Range("2023-02-28", "2023-03-01"), result.Mentions[1].Range);
    }

    [Fact]
    public void Without_comparison_words_there_is_none()
    {
        Assert.Null(Resolve("上个月和上上个月的gmv", Now).ImpliedComparison);
        Assert.Null(Resolve("不同比例的订单", Now).ImpliedComparison);
    }
}
