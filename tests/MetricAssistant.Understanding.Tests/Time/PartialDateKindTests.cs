using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// Kinds found wrong on Microsoft files the resolver had not seen (DateParser, MergedParser, HolidayParser; session 17):
/// a rule read only part of a date ("jan first" → January, "1 month 21 days ago" → 21 days ago, 本月十日 → the month,
/// 八月十五 → August) or dropped its year (两千年八月十五). The whole expression is read now. now = 2025-07-15, a Tuesday.
/// </summary>
public class PartialDateKindTests
{
    private const string Now = "2025-07-15";

    [Theory]
    // An ordinal day word beside a month: Recognizers' reading of the whole date wins
    [InlineData("refunds on feb first", "2025-02-01")]
    [InlineData("orders on the second of march", "2025-03-02")]
    [InlineData("gmv on jul/3", "2025-07-03")]
    // A day of a relative month
    [InlineData("gmv on the 12th of last month", "2025-06-12")]
    // A compound duration before now, or days counted from yesterday / today
    [InlineData("units sold 1 month and 3 days ago", "2025-06-12")]
    [InlineData("units sold 2 months, 1 day ago", "2025-05-14")]
    [InlineData("gmv three days before yesterday", "2025-07-11")]
    // A holiday with its year (not the whole year)
    [InlineData("gmv for thanksgiving 2023", "2023-11-23")]
    [InlineData("sales on christmas day of 2022", "2022-12-25")]
    [InlineData("sales on saint patrick 2024", "2024-03-17")]
    [InlineData("gmv on the 15th day of last month", "2025-06-15")]
    // A day alone, and a compact all-number date
    [InlineData("gmv on the 21st", "2025-06-21")]
    [InlineData("orders on the 5th by store", "2025-07-05")]
    [InlineData("gmv 20250301", "2025-03-01")]
    // A currency amount before a month is no day
    [InlineData("refunds over $12 december 27", "2024-12-27")]
    public void An_English_date_is_read_whole(string question, string day)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(1)), Resolve(question, Now).Range);
    }

    [Theory]
    // A day of a relative month (本月 / 上个月 / 去年本月 alone would be the whole month)
    [InlineData("本月5号的订单", "2025-07-05")]
    [InlineData("上个月20号gmv", "2025-06-20")]
    [InlineData("去年本月3日的销售额", "2024-07-03")]
    // A day alone: the most recent one that has started
    [InlineData("8号的销售额", "2025-07-08")]
    [InlineData("20号的gmv", "2025-06-20")]
    [InlineData("31号的退款", "2025-05-31")]
    [InlineData("看下3日的订单", "2025-07-03")]
    // A weekday of a relative week is that day, not the whole week
    [InlineData("上上周三的订单", "2025-07-02")]
    [InlineData("下下周日的排班", "2025-08-03")]
    // A day straight after its month, without 日 / 号
    [InlineData("五月二十的订单", "2025-05-20")]
    [InlineData("3月15的gmv", "2025-03-15")]
    [InlineData("二零二三年十月八的gmv", "2023-10-08")]
    // A year in words is kept
    [InlineData("两千二十年三月八号的订单", "2020-03-08")]
    [InlineData("两千零九年八月十五的销量", "2009-08-15")]
    // An all-number date with spaces
    [InlineData("2024 03 08 的gmv", "2024-03-08")]
    public void A_Chinese_day_is_read_whole(string question, string day)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(1)), Resolve(question, Now).Range);
    }

    [Theory]
    // Lunar days become their solar date; without a year the most recent that has started
    [InlineData("农历八月十五的销量", "2024-09-17")]
    [InlineData("中秋节gmv", "2024-09-17")]
    [InlineData("2023年端午的订单", "2023-06-22")]
    [InlineData("正月十五的客流", "2025-02-12")]
    [InlineData("大年初一的gmv", "2025-01-29")]
    [InlineData("除夕的订单量", "2025-01-28")]
    [InlineData("三月初三的销售额", "2025-03-31")]
    [InlineData("七夕的gmv", "2024-08-10")]
    [InlineData("腊月二十三的销量", "2025-01-22")]
    // Festivals on a solar day, or a weekday of their month
    [InlineData("情人节的gmv", "2025-02-14")]
    [InlineData("教师节订单", "2024-09-10")]
    [InlineData("今年圣诞节的销售额", "2025-12-25")]
    [InlineData("光棍节gmv", "2024-11-11")]
    [InlineData("母亲节的销量", "2025-05-11")]
    [InlineData("父亲节的销量", "2025-06-15")]
    [InlineData("感恩节gmv", "2024-11-28")]
    [InlineData("清明的客流", "2025-04-04")]
    public void A_festival_or_lunar_day_is_its_solar_day(string question, string day)
    {
        var start = DateOnly.Parse(day);
        Assert.Equal(new(start, start.AddDays(1)), Resolve(question, Now).Range);
    }

    [Theory]
    // Days without a month: the month in which the first day has most recently come, end day included
    [InlineData("10号到20号的gmv", "2025-07-10", "2025-07-21")]
    [InlineData("20号到25号的订单", "2025-06-20", "2025-06-26")]
    [InlineData("1-12号的退款", "2025-07-01", "2025-07-13")]
    [InlineData("gmv between the 21st and 23rd", "2025-06-21", "2025-06-24")]
    // After A and before B is one range up to B (not A alone)
    [InlineData("2010年之后2018年之前的销量", "2010-01-01", "2018-01-01")]
    [InlineData("2023年以后2025年以前的gmv", "2023-01-01", "2025-01-01")]
    public void A_range_is_read_whole(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    // Numbers that are no day: a store or line number, a retention window, a count after a month
    [InlineData("3号店的gmv", null, null)]
    [InlineData("7日留存率", null, null)]
    [InlineData("近7日的gmv", "2025-07-08", "2025-07-15")]
    [InlineData("3月15家门店的gmv", "2025-03-01", "2025-04-01")]
    [InlineData("2月20万以上的订单", "2025-02-01", "2025-03-01")]
    // Units beside a period without a count stay a grain; "first half" is no day
    [InlineData("gmv by month last year", "2024-01-01", "2025-01-01")]
    [InlineData("gmv by day 2024", "2024-01-01", "2025-01-01")]
    [InlineData("gmv first half of 2024", "2024-01-01", "2024-07-01")]
    [InlineData("gmv of the 3rd largest store last month", "2025-06-01", "2025-07-01")]
    public void What_is_no_day_is_not_read_as_one(string question, string? start, string? end)
    {
        var expected = start is null ? null : Range(start, end!);
        Assert.Equal(expected, Resolve(question, Now).Range);
    }
}
