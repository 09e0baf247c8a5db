using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// A lunar festival with a year word (去年除夕, 前年端午, "last year's Mid-Autumn Festival", "Spring Festival last year"): that
/// festival in that year; 除夕 is the eve of that year's Spring Festival (2024年除夕 is 2024-02-09), not of the next one.
/// </summary>
public class LunarFestivalYearTests
{
    [Theory]
    [InlineData("去年除夕的GMV", "2025-02-18", "2024-02-09", 1)]
    [InlineData("2024年除夕的订单数", "2025-02-18", "2024-02-09", 1)]
    [InlineData("今年除夕的订单数", "2025-02-18", "2025-01-28", 1)]
    [InlineData("除夕的订单数", "2025-02-18", "2025-01-28", 1)]
    [InlineData("去年大年三十的GMV", "2025-02-18", "2024-02-09", 1)]
    [InlineData("去年春节的GMV", "2025-02-18", "2024-02-10", 7)]
    [InlineData("去年中秋的GMV", "2025-02-18", "2024-09-17", 1)]
    [InlineData("前年端午的订单数", "2025-07-15", "2023-06-22", 1)]
    [InlineData("GMV on last year's Mid-Autumn Festival", "2025-07-15", "2024-09-17", 1)]
    [InlineData("orders over the Spring Festival last year", "2025-07-15", "2024-02-10", 7)]
    [InlineData("GMV on the Dragon Boat Festival last year", "2025-07-15", "2024-06-10", 1)]
    [InlineData("orders on Chinese New Year's Eve last year", "2025-07-15", "2024-02-09", 1)]
    [InlineData("GMV on the 2023 Mid-Autumn Festival", "2025-07-15", "2023-09-29", 1)]
    [InlineData("GMV on the Mid-Autumn Festival", "2025-07-15", "2024-09-17", 1)]
    public void The_festival_of_the_year_said(string question, string now, string day, int days)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(days)), Resolve(question, now).Range);
    }
}
