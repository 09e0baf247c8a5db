using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>The same rows with other reference dates: month, quarter and year boundaries, 1 January, the leap day, Monday and Sunday.</summary>
public class BoundaryTests
{
    [Theory]
    // 1 January 2025 (a Wednesday)
    [InlineData("上个月", "2025-01-01", "2024-12-01", "2025-01-01")]
    [InlineData("上季度", "2025-01-01", "2024-10-01", "2025-01-01")]
    [InlineData("去年", "2025-01-01", "2024-01-01", "2025-01-01")]
    [InlineData("近7天", "2025-01-01", "2024-12-25", "2025-01-01")]
    [InlineData("近三个月", "2025-01-01", "2024-10-01", "2025-01-01")]
    [InlineData("本周", "2025-01-01", "2024-12-30", "2025-01-06")]
    [InlineData("上周", "2025-01-01", "2024-12-23", "2024-12-30")]
    [InlineData("q4", "2025-01-01", "2024-10-01", "2025-01-01")]
    [InlineData("3月", "2025-01-01", "2024-03-01", "2024-04-01")]
    [InlineData("下半年", "2025-01-01", "2024-07-01", "2025-01-01")]
    [InlineData("双11", "2025-01-01", "2024-11-11", "2024-11-12")]
    // year to date on 1 January would be empty: it is today alone
    [InlineData("今年以来", "2025-01-01", "2025-01-01", "2025-01-02")]
    [InlineData("ytd", "2025-01-01", "2025-01-01", "2025-01-02")]
    // leap day 2024-02-29 (a Thursday)
    [InlineData("上个月", "2024-02-29", "2024-01-01", "2024-02-01")]
    [InlineData("本月", "2024-02-29", "2024-02-01", "2024-03-01")]
    [InlineData("近7天", "2024-02-29", "2024-02-22", "2024-02-29")]
    [InlineData("昨天", "2024-02-29", "2024-02-28", "2024-02-29")]
    [InlineData("today", "2024-02-29", "2024-02-29", "2024-03-01")]
    [InlineData("2月29日", "2024-02-29", "2024-02-29", "2024-03-01")]
    [InlineData("本周", "2024-02-29", "2024-02-26", "2024-03-04")]
    [InlineData("3月", "2024-02-29", "2023-03-01", "2023-04-01")]
    [InlineData("2月29日", "2025-03-01", "2024-02-29", "2024-03-01")]
    [InlineData("近一年", "2024-02-29", "2023-02-28", "2024-02-29")]
    // month end, quarter start, year end
    [InlineData("上个月", "2025-03-31", "2025-02-01", "2025-03-01")]
    [InlineData("最近一个月", "2025-03-31", "2025-03-01", "2025-03-31")]
    [InlineData("近三个月", "2025-03-31", "2024-12-01", "2025-03-01")]
    [InlineData("上季度", "2025-04-01", "2025-01-01", "2025-04-01")]
    [InlineData("本季度", "2025-04-01", "2025-04-01", "2025-07-01")]
    [InlineData("q2", "2025-04-01", "2025-04-01", "2025-07-01")]
    [InlineData("q2", "2025-03-31", "2024-04-01", "2024-07-01")]
    [InlineData("今年", "2024-12-31", "2024-01-01", "2025-01-01")]
    [InlineData("本周", "2024-12-31", "2024-12-30", "2025-01-06")]
    [InlineData("本月至今", "2025-07-01", "2025-07-01", "2025-07-02")]
    // Monday 2025-07-14 and Sunday 2025-07-20
    [InlineData("本周", "2025-07-14", "2025-07-14", "2025-07-21")]
    [InlineData("上周", "2025-07-14", "2025-07-07", "2025-07-14")]
    [InlineData("this week", "2025-07-20", "2025-07-14", "2025-07-21")]
    [InlineData("last week", "2025-07-20", "2025-07-07", "2025-07-14")]
    [InlineData("上周日", "2025-07-20", "2025-07-13", "2025-07-14")]
    [InlineData("周一", "2025-07-20", "2025-07-14", "2025-07-15")]
    // festivals before and after the day
    [InlineData("双十一", "2025-11-11", "2025-11-11", "2025-11-12")]
    [InlineData("双十一", "2025-11-20", "2025-11-11", "2025-11-12")]
    [InlineData("618", "2025-03-01", "2024-06-18", "2024-06-19")]
    [InlineData("去年双11", "2025-12-01", "2024-11-11", "2024-11-12")]
    [InlineData("2024年618", "2025-12-01", "2024-06-18", "2024-06-19")]
    // a month that started today is the most recent one that has started
    [InlineData("3月", "2025-03-01", "2025-03-01", "2025-04-01")]
    [InlineData("12月到2月", "2025-07-15", "2024-12-01", "2025-03-01")]
    [InlineData("2024年11月到2月", "2025-07-15", "2024-11-01", "2025-03-01")]
    public void Resolves_relative_to_now(string question, string now, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, now).Range);
    }
}
