using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// A shopping day with a year word, before it or after it, also after a name ending in digits ("618 last year", "11.11 last year",
/// "double 11 2023"): that day of that year, never this year's. now = 2025-07-15.
/// </summary>
public class FestivalYearAfterTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("orders on 618 last year", "2024-06-18")]
    [InlineData("refunds for 11.11 last year", "2024-11-11")]
    [InlineData("GMV on 6.18 last year by channel", "2024-06-18")]
    [InlineData("conversion for Double 11 last year", "2024-11-11")]
    [InlineData("GMV on double 11 2023", "2023-11-11")]
    [InlineData("GMV on singles day 2024", "2024-11-11")]
    [InlineData("去年618的GMV", "2024-06-18")]
    [InlineData("前年的双十一GMV", "2023-11-11")]
    public void The_day_of_the_year_said(string question, string day)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(1)), Resolve(question, Now).Range);
    }
}
