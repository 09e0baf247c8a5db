using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// The English names of the shopping days with a year said before them ("last year's Double 11", "this year's 618", "2023
/// Singles' Day"): that day of that year, as 去年双十一 is; never the whole year. now = 2025-07-15.
/// </summary>
public class EnglishFestivalYearTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("Total discounts on last year's Double 11", "2024-11-11")]
    [InlineData("GMV on this year's 618", "2025-06-18")]
    [InlineData("orders on last year's singles day", "2024-11-11")]
    [InlineData("refunds on last year's double 12", "2024-12-12")]
    [InlineData("paid orders on the 2023 double eleven", "2023-11-11")]
    [InlineData("last year's 618 GMV by channel", "2024-06-18")]
    public void The_day_of_the_year_said(string question, string day)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(1)), Resolve(question, Now).Range);
    }
}
