using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// "再往前一礼拜的同一天", "a week before that": a unit said with the step back is how far back, from the day the
/// conversation is on; without a unit, or from a range at least that long, the step is the range's own length.
/// </summary>
public sealed class FollowUpUnitStepTests
{
    private static DateRange Day(string day) => new(DateOnly.Parse(day), DateOnly.Parse(day).AddDays(1));

    [Theory]
    [InlineData("那再往前一礼拜的同一天呢", "2024-11-04")]
    [InlineData("再往前一周", "2024-11-04")]
    [InlineData("再往前推一个星期呢", "2024-11-04")]
    [InlineData("前一周的同一天呢", "2024-11-04")]
    [InlineData("and the same day a week before that", "2024-11-04")]
    [InlineData("what about a week earlier", "2024-11-04")]
    [InlineData("再往前一个月呢", "2024-10-11")]
    [InlineData("再往前一天呢", "2024-11-10")] // a day back from a day is its own length
    [InlineData("再往前呢", "2024-11-10")]
    public void A_unit_back_from_a_day_moves_the_day_by_that_unit(string followUp, string day)
    {
        var result = Chain("2024年11月11日天猫的GMV", followUp);
        Assert.Equal(Day(day), result.Query.TimeRange);
        Assert.Equal(Query("2024年11月11日天猫的GMV").Filters, result.Query.Filters);
    }

    [Fact]
    public void A_week_back_after_the_same_day_last_week_counts_from_that_day()
    {
        var result = Chain("去年双十一天猫的GMV", "上周同一天呢", "那再往前一礼拜的同一天呢");
        Assert.Equal(Day("2024-10-28"), result.Query.TimeRange);
        // "that day": the day the conversation is on, with the metric the question describes.
        result = Chain("去年双十一天猫的GMV", "上周同一天呢", "那再往前一礼拜的同一天呢", "那天有多少客人付过款");
        Assert.Equal(Day("2024-10-28"), result.Query.TimeRange);
        Assert.Equal(["paying_customers"], result.Query.Metrics);
    }

    [Fact]
    public void That_day_in_English_keeps_the_day_and_is_no_leftover()
    {
        var result = Chain("Tmall GMV on 11 November 2024", "same day last week?", "and the same day a week before that", "how many shoppers paid that day");
        Assert.Equal(Day("2024-10-28"), result.Query.TimeRange);
        Assert.Equal(["paying_customers"], result.Query.Metrics);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Theory]
    [InlineData("2025年3月华东的GMV", "再往前一个月呢", "2025-02-01", "2025-03-01")]
    [InlineData("2025年3月华东的GMV", "再往前一周呢", "2025-02-01", "2025-03-01")] // a month is no shorter than a week: the month before
    [InlineData("GMV in East China in Q1 2025", "the month before", "2024-10-01", "2025-01-01")]
    public void From_a_range_at_least_that_long_the_step_is_the_range_before(string first, string followUp, string start, string end)
    {
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), Chain(first, followUp).Query.TimeRange);
    }
}
