using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// Boundaries as range ends (年初到年中, 月中到月底, "from the start of the year to mid-year"), the week of a date
/// (week of June 9, 6月9日那周) and the ten-day parts of a month (6月上旬, mid-June); now = 2025-07-15, a Tuesday.
/// </summary>
public class PeriodBoundaryTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("年初到年中一共卖了多少钱啊", "2025-01-01", "2025-07-01")] // the first half, not the mid-year months
    [InlineData("年中到年底的gmv", "2025-07-01", "2026-01-01")]
    [InlineData("年初到年底的订单数", "2025-01-01", "2026-01-01")]
    [InlineData("从年初到年末的gmv", "2025-01-01", "2026-01-01")]
    [InlineData("去年年中到年底的gmv", "2024-07-01", "2025-01-01")] // the unnamed end takes the named end's year
    [InlineData("2024年初到年中的gmv", "2024-01-01", "2024-07-01")]
    [InlineData("年初到6月的gmv", "2025-01-01", "2025-07-01")]
    [InlineData("3月到年底的gmv", "2025-03-01", "2026-01-01")]
    [InlineData("2024年3月到年底的gmv", "2024-03-01", "2025-01-01")]
    [InlineData("年初到上个月底的gmv", "2025-01-01", "2025-07-01")]
    [InlineData("年初到昨天的gmv", "2025-01-01", "2025-07-15")]
    [InlineData("月初到月中的gmv", "2025-07-01", "2025-07-16")] // 月中 is the 16th: days 1–15
    [InlineData("月中到月底的gmv", "2025-07-16", "2025-08-01")]
    [InlineData("上个月初到月中的gmv", "2025-06-01", "2025-06-16")]
    [InlineData("6月1日到月底的gmv", "2025-06-01", "2025-07-01")]
    [InlineData("这个月月初到月中的gmv", "2025-07-01", "2025-07-16")] // 月 said twice: one month's boundaries, not the whole month
    [InlineData("本月月初到月中的订单数", "2025-07-01", "2025-07-16")]
    [InlineData("上个月月中到月底的gmv", "2025-06-16", "2025-07-01")]
    [InlineData("上个月的月初到月中的gmv", "2025-06-01", "2025-06-16")]
    [InlineData("6月月中到月底的gmv", "2025-06-16", "2025-07-01")]
    [InlineData("6月中到7月初的gmv", "2025-06-16", "2025-07-01")]
    [InlineData("年中以来的gmv", "2025-07-01", "2025-07-15")]
    [InlineData("gmv so far this month", "2025-07-01", "2025-07-15")]
    [InlineData("gmv thus far in 2025", "2025-01-01", "2025-07-15")]
    [InlineData("今年H1的gmv", "2025-01-01", "2025-07-01")]
    [InlineData("去年h2的gmv", "2024-07-01", "2025-01-01")]
    [InlineData("gmv from the start of the year to mid-year", "2025-01-01", "2025-07-01")]
    [InlineData("gmv from the beginning of the month to mid-month", "2025-07-01", "2025-07-16")]
    [InlineData("gmv from mid-year to the end of the year", "2025-07-01", "2026-01-01")]
    [InlineData("gmv from the start of this month to the middle of the month", "2025-07-01", "2025-07-16")]
    [InlineData("orders from the start of last month to mid-month", "2025-06-01", "2025-06-16")]
    [InlineData("gmv from the middle of last month to the end of the month", "2025-06-16", "2025-07-01")]
    [InlineData("gmv from june 10 to the end of the month", "2025-06-10", "2025-07-01")]
    public void Boundaries_end_ranges_at_their_date(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Fact]
    public void Unnamed_boundaries_take_the_current_year_even_before_mid_year()
    {
        Assert.Equal(Range("2025-01-01", "2025-07-01"), Resolve("年初到年中的gmv", "2025-03-10").Range);
    }

    [Theory]
    [InlineData("年中的gmv", "2025-05-01", "2025-09-01")] // alone, 年中 keeps its period reading (CONVENTIONS)
    [InlineData("2024年初的gmv", "2024-01-01", "2025-01-01")] // a named year alone reads as before
    [InlineData("6月初的gmv", "2025-06-01", "2025-07-01")]
    [InlineData("这个月中gmv最高的一天", "2025-07-01", "2025-08-01")] // 月中 here is "in the month"
    public void Boundaries_alone_keep_their_period_reading(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    [InlineData("年初的gmv")] // too vague to guess (CONVENTIONS)
    [InlineData("月初的gmv")]
    [InlineData("每月初的gmv")]
    [InlineData("新年初一的gmv")]
    public void Unnamed_boundaries_alone_are_no_range(string question)
    {
        Assert.Null(Resolve(question, Now).Range);
    }

    [Theory]
    [InlineData("new member sign-ups for the week of 9 june 2025", "2025-06-09", "2025-06-16")]
    [InlineData("gmv for the week of june 11", "2025-06-09", "2025-06-16")] // a Wednesday: its Monday-to-Monday week
    [InlineData("gmv week of june 15th, 2025", "2025-06-09", "2025-06-16")] // a Sunday closes its ISO week
    [InlineData("gmv the week of the 9th", "2025-07-07", "2025-07-14")]
    [InlineData("gmv the week of the 20th", "2025-06-16", "2025-06-23")] // the 20th of this month is still ahead
    [InlineData("gmv the week of 2025-06-09", "2025-06-09", "2025-06-16")]
    [InlineData("2025年6月9日那周的gmv", "2025-06-09", "2025-06-16")]
    [InlineData("6月9号那一周的gmv", "2025-06-09", "2025-06-16")]
    [InlineData("6月11日所在的那周gmv", "2025-06-09", "2025-06-16")]
    [InlineData("6月9日所在周的gmv", "2025-06-09", "2025-06-16")]
    [InlineData("6月9日当周的gmv", "2025-06-09", "2025-06-16")]
    [InlineData("6月9日这一周的gmv", "2025-06-09", "2025-06-16")] // 这一周 is not this week here
    [InlineData("6月9日那周一共卖了多少", "2025-06-09", "2025-06-16")] // 一共 is "in all", not Monday
    [InlineData("9号那周的gmv", "2025-07-07", "2025-07-14")]
    [InlineData("2024年12月31日那周的gmv", "2024-12-30", "2025-01-06")] // the ISO week crosses the year
    public void The_week_of_a_date_is_its_iso_week(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Fact]
    public void The_week_words_are_part_of_the_mention()
    {
        var mention = Assert.Single(Resolve("6月9号那一周的gmv", Now).Mentions);
        Assert.Equal("6月9号那一周", mention.Text);
        Assert.Equal("the week of june 9", Assert.Single(Resolve("gmv for the week of june 9", Now).Mentions).Text);
    }

    [Theory]
    [InlineData("6月9日的gmv", "2025-06-09", "2025-06-10")] // no week word: the day
    [InlineData("6月9日那周一的gmv", "2025-06-09", "2025-06-10")] // 周一 is a weekday, not the week: left as the day
    public void A_day_without_a_week_word_stays_a_day(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    [InlineData("6月上旬的gmv", "2025-06-01", "2025-06-11")]
    [InlineData("6月中旬的gmv", "2025-06-11", "2025-06-21")]
    [InlineData("6月下旬的gmv", "2025-06-21", "2025-07-01")]
    [InlineData("2024年2月下旬的gmv", "2024-02-21", "2024-03-01")]
    [InlineData("上个月下旬的gmv", "2025-06-21", "2025-07-01")]
    [InlineData("6月上旬到7月中旬的gmv", "2025-06-01", "2025-07-21")]
    [InlineData("gmv in early june", "2025-06-01", "2025-06-11")]
    [InlineData("mid-june gmv", "2025-06-11", "2025-06-21")]
    [InlineData("gmv mid june 2024", "2024-06-11", "2024-06-21")]
    [InlineData("gmv in late june", "2025-06-21", "2025-07-01")]
    [InlineData("gmv early last month", "2025-06-01", "2025-06-11")]
    [InlineData("上旬的gmv", "2025-07-01", "2025-07-11")] // no month: the most recent that has started
    [InlineData("中旬的gmv", "2025-07-11", "2025-07-21")]
    [InlineData("下旬的gmv", "2025-06-21", "2025-07-01")] // this month's has not started
    [InlineData("6月份的下旬gmv", "2025-06-21", "2025-07-01")]
    public void Ten_day_parts_narrow_a_month(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }
}
