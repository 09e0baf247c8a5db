using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// 去年除夕呢, "and the Mid-Autumn Festival the year before last?": a festival with a year word in a follow-up is that
/// festival of that year, the rest of the question kept. now = 2025-07-15.
/// </summary>
public sealed class FollowUpFestivalYearTests
{
    private static DateRange Day(string day) => new(DateOnly.Parse(day), DateOnly.Parse(day).AddDays(1));

    [Theory]
    [InlineData("除夕各渠道的GMV", "去年除夕呢", "2024-02-09")]
    [InlineData("昨天各渠道的GMV", "那去年除夕呢", "2024-02-09")]
    [InlineData("中秋各渠道的GMV", "前年中秋呢", "2023-09-29")]
    [InlineData("GMV by channel yesterday", "what about last year's Mid-Autumn Festival?", "2024-09-17")]
    [InlineData("GMV by channel yesterday", "and Chinese New Year's Eve last year?", "2024-02-09")]
    public void The_festival_of_that_year(string first, string followUp, string day)
    {
        var result = Chain(first, followUp);
        Assert.Equal(Day(day), result.Query.TimeRange);
        Assert.Equal(Query(first).GroupBy, result.Query.GroupBy);
        Assert.Equal(Query(first).Metrics, result.Query.Metrics);
    }
}
