using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// The kinds of English dates issue #12 found wrong on a Recognizers-Text file the rules were never tuned on
/// (now = 2025-07-15, a Tuesday). Ranges include their end (CONVENTIONS); each kind in several wordings.
/// </summary>
public class EnglishDateKindTests
{
    private const string Now = "2025-07-15";

    [Theory]
    // Day ranges inside a month stay days (they used to widen to the whole month)
    [InlineData("gmv from the 3rd to the 9th of august 2024", "2024-08-03", "2024-08-10")]
    [InlineData("orders april ninth through seventeenth", "2025-04-09", "2025-04-18")]
    [InlineData("orders between the ninth and the seventeenth of april", "2025-04-09", "2025-04-18")]
    [InlineData("gmv from 2 july to 10 july", "2025-07-02", "2025-07-11")]
    [InlineData("gmv 26 june to 28 june in 2024", "2024-06-26", "2024-06-29")]
    [InlineData("gmv from 26th june of 2024 to 28th june of 2024", "2024-06-26", "2024-06-29")]
    [InlineData("gmv from june 26th of 2024 to june the 28th 2024", "2024-06-26", "2024-06-29")]
    // The year of a month range applies to both ends
    [InlineData("gmv march to may in 2019", "2019-03-01", "2019-06-01")]
    [InlineData("sales from april to june in 2017", "2017-04-01", "2017-07-01")]
    [InlineData("sales from april in 2016 to june in 2017", "2016-04-01", "2017-07-01")]
    // Month / year and quarter - year written with a slash or a dash
    [InlineData("gmv for dec/2019", "2019-12-01", "2020-01-01")]
    [InlineData("gmv for dec-2019", "2019-12-01", "2020-01-01")]
    [InlineData("gmv dec/2018-may/2019", "2018-12-01", "2019-06-01")]
    [InlineData("gmv q3-2019", "2019-07-01", "2019-10-01")]
    [InlineData("gmv 2019-q3", "2019-07-01", "2019-10-01")]
    [InlineData("gmv 2019-h2", "2019-07-01", "2020-01-01")]
    // Two-digit years after "of" or an apostrophe, in the century that puts them at most ten years ahead
    [InlineData("gmv in june of 98", "1998-06-01", "1998-07-01")]
    [InlineData("gmv in june '98", "1998-06-01", "1998-07-01")]
    [InlineData("gmv in april of 21", "2021-04-01", "2021-05-01")]
    [InlineData("gmv cy2023", "2023-01-01", "2024-01-01")]
    // No fiscal calendar in the catalog: a fiscal year is the calendar year (README, "Time"), never dropped
    [InlineData("gmv fy2024", "2024-01-01", "2025-01-01")]
    [InlineData("gmv fiscal year 2023", "2023-01-01", "2024-01-01")]
    // The year or month said beside its to-date word is one window, not the whole year
    [InlineData("今年 ytd 的 gross margin", "2025-01-01", "2025-07-15")]
    [InlineData("this year's ytd orders", "2025-01-01", "2025-07-15")]
    [InlineData("this month mtd orders", "2025-07-01", "2025-07-15")]
    [InlineData("this quarter qtd refunds", "2025-07-01", "2025-07-15")]
    [InlineData("this week wtd visitors", "2025-07-14", "2025-07-15")]
    [InlineData("这个 month mtd 的 gmv", "2025-07-01", "2025-07-15")]
    [InlineData("本季 qtd 退款金额", "2025-07-01", "2025-07-15")]
    [InlineData("这个quarter qtd的订单数", "2025-07-01", "2025-07-15")]
    // Business English halves
    [InlineData("units sold in the back half of 2024", "2024-07-01", "2025-01-01")]
    [InlineData("gmv the front half of 2024", "2024-01-01", "2024-07-01")]
    // The first / last N days or weeks of a month are calendar days of that month
    [InlineData("net gmv for the first two weeks of june 2025", "2025-06-01", "2025-06-15")]
    [InlineData("gmv the last 5 days of june", "2025-06-26", "2025-07-01")]
    [InlineData("gmv the last week of june 2024", "2024-06-24", "2024-07-01")]
    // The first / last N units of a year are inside that year (weeks are ISO weeks)
    [InlineData("gmv the last 3 weeks of this year", "2025-12-08", "2025-12-29")]
    [InlineData("gmv the first 2 weeks of 2021", "2021-01-04", "2021-01-18")]
    [InlineData("gmv the last four months of 2024", "2024-09-01", "2025-01-01")]
    [InlineData("gmv first ten days of last year", "2024-01-01", "2024-01-11")]
    // Unambiguous all-number dates (one number above 12)
    [InlineData("gmv on 22-01-2019", "2019-01-22", "2019-01-23")]
    [InlineData("gmv between 22/jan/2019 and yesterday", "2019-01-22", "2025-07-15")]
    [InlineData("gmv 02-02-2020 - 03-03-2020", "2020-02-02", "2020-03-04")]
    public void Reads_the_whole_expression(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    // Day-first or month-first cannot be told: no part of it ("1-2018", "2018") is read on its own
    [InlineData("gmv on 10-1-2018")]
    [InlineData("gmv from 10-1-2018-10-7-2018")]
    // Decades are not years
    [InlineData("gmv in 1990 s")]
    [InlineData("gmv in the 1990s")]
    public void Reads_no_part_of_an_expression_it_cannot_resolve(string question)
    {
        Assert.Null(Resolve(question, Now).Range);
    }

    [Fact]
    public void A_rule_that_covers_part_of_what_Recognizers_reads_as_one_expression_gives_way()
    {
        // "last 3 months" alone would be three whole months; Recognizers reads the whole compound duration.
        var range = Resolve("gmv for the last 3 months and 2 weeks and 2 days", "2016-11-07").Range;

        Assert.Equal(Range("2016-07-22", "2016-11-07"), range);
    }

    [Theory]
    [InlineData("gmv last month by store")]
    [InlineData("top 5 stores by gmv last month")]
    [InlineData("gmv last month vs the same month last year")]
    public void A_complete_rule_reading_is_kept(string question)
    {
        var result = Resolve(question, Now);

        Assert.Equal(Range("2025-06-01", "2025-07-01"), result.Range);
    }
}
