using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Colloquial Chinese and English time words (CONVENTIONS, colloquial time); now = 2025-07-15, a Tuesday.</summary>
public class ColloquialTimeTests
{
    private const string Now = "2025-07-15";

    [Theory]
    [InlineData("今儿gmv多少", "2025-07-15", "2025-07-16")]
    [InlineData("今儿个卖了多少", "2025-07-15", "2025-07-16")]
    [InlineData("昨儿的订单数", "2025-07-14", "2025-07-15")]
    [InlineData("昨儿个gmv", "2025-07-14", "2025-07-15")]
    [InlineData("前儿个订单数", "2025-07-13", "2025-07-14")]
    [InlineData("前儿gmv", "2025-07-13", "2025-07-14")]
    [InlineData("大前天的gmv", "2025-07-12", "2025-07-13")]
    [InlineData("大前儿个的预约转化率", "2025-07-12", "2025-07-13")] // 大前儿 is 大前天, not 前儿 with 大 left over
    [InlineData("大前儿gmv", "2025-07-12", "2025-07-13")]
    [InlineData("明儿个gmv", "2025-07-16", "2025-07-17")]
    [InlineData("后儿个gmv", "2025-07-17", "2025-07-18")]
    [InlineData("大后儿gmv", "2025-07-18", "2025-07-19")]
    [InlineData("大后天", "2025-07-18", "2025-07-19")]
    [InlineData("上礼拜gmv", "2025-07-07", "2025-07-14")]
    [InlineData("上个礼拜订单数", "2025-07-07", "2025-07-14")]
    [InlineData("这礼拜gmv", "2025-07-14", "2025-07-21")]
    [InlineData("本礼拜gmv", "2025-07-14", "2025-07-21")]
    [InlineData("礼拜一的gmv", "2025-07-14", "2025-07-15")]
    [InlineData("上礼拜天gmv", "2025-07-13", "2025-07-14")]
    [InlineData("周日gmv", "2025-07-13", "2025-07-14")]
    [InlineData("上个周末gmv", "2025-07-12", "2025-07-14")]
    [InlineData("上周末的订单数", "2025-07-12", "2025-07-14")]
    [InlineData("这周末gmv", "2025-07-19", "2025-07-21")]
    [InlineData("上上个月gmv", "2025-05-01", "2025-06-01")]
    [InlineData("上上周gmv", "2025-06-30", "2025-07-07")]
    [InlineData("前两天的gmv", "2025-07-13", "2025-07-15")]
    [InlineData("这两天gmv", "2025-07-13", "2025-07-15")]
    [InlineData("年中的gmv", "2025-05-01", "2025-09-01")]
    [InlineData("去年年中gmv", "2024-05-01", "2024-09-01")]
    [InlineData("gmv over the weekend", "2025-07-12", "2025-07-14")]
    [InlineData("gmv last weekend", "2025-07-12", "2025-07-14")]
    [InlineData("gmv this weekend", "2025-07-19", "2025-07-21")]
    [InlineData("gmv the past fortnight", "2025-07-01", "2025-07-15")]
    [InlineData("gmv two weeks ago", "2025-06-30", "2025-07-07")]
    [InlineData("gmv 3 months ago", "2025-04-01", "2025-05-01")]
    [InlineData("两个月前的gmv", "2025-05-01", "2025-06-01")]
    [InlineData("3个月之前的gmv", "2025-04-01", "2025-05-01")]
    [InlineData("两周前的gmv", "2025-06-30", "2025-07-07")]
    [InlineData("三个礼拜以前的gmv", "2025-06-23", "2025-06-30")]
    [InlineData("一年前的gmv", "2024-01-01", "2025-01-01")]
    [InlineData("5天前的gmv", "2025-07-10", "2025-07-11")]
    [InlineData("一个季度前的gmv", "2025-04-01", "2025-07-01")]
    [InlineData("gmv the week before last", "2025-06-30", "2025-07-07")]
    [InlineData("gmv last couple of days", "2025-07-13", "2025-07-15")]
    [InlineData("gmv since the start of the month", "2025-07-01", "2025-07-15")]
    [InlineData("gmv since the beginning of the year", "2025-01-01", "2025-07-15")]
    [InlineData("gmv mid-year 2024", "2024-05-01", "2024-09-01")]
    // This year said by its number with a to-date word is the year to date; another year's number says since then.
    [InlineData("gmv 2025 ytd", "2025-01-01", "2025-07-15")]
    [InlineData("2025年以来的gmv", "2025-01-01", "2025-07-15")]
    // Chat shorthand, and an English unit after a Chinese word.
    [InlineData("orders last wk", "2025-07-07", "2025-07-14")]
    [InlineData("gmv last qtr", "2025-04-01", "2025-07-01")]
    [InlineData("上个month的gmv", "2025-06-01", "2025-07-01")]
    [InlineData("这个week的访客", "2025-07-14", "2025-07-21")]
    [InlineData("本月jd的订单数", "2025-07-01", "2025-08-01")]
    [InlineData("今年头仨月gmv", "2025-01-01", "2025-04-01")]
    [InlineData("去年头两个月的gmv", "2024-01-01", "2024-03-01")]
    public void Resolves(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    [InlineData("前天的gmv", "2025-07-13", "2025-07-14")]   // 前天 is its own word, not "N days ago"
    [InlineData("前年的gmv", "2023-01-01", "2024-01-01")]
    public void Own_words_ending_like_ago_keep_their_meaning(string question, string start, string end)
    {
        Assert.Equal(Range(start, end), Resolve(question, Now).Range);
    }

    [Theory]
    // On a Thursday: this week's Wednesday has passed, yet the range's end is in its start's week.
    [InlineData("上礼拜一到礼拜三下了多少单", "2025-02-10", "2025-02-13")]
    [InlineData("上周五到这周二的订单数", "2025-02-14", "2025-02-19")]
    public void A_bare_weekday_ending_a_range_is_in_the_start_week(string question, string start, string end) =>
        Assert.Equal(Range(start, end), Resolve(question, "2025-02-20").Range);

    [Fact]
    public void Over_the_weekend_on_a_sunday_is_that_weekend()
    {
        Assert.Equal(Range("2025-07-19", "2025-07-21"), Resolve("gmv over the weekend", "2025-07-20").Range);
    }

    [Theory]
    [InlineData("这阵子gmv怎么样")] // too vague to guess
    [InlineData("周末的gmv")] // a bare weekend is a day-of-week word
    [InlineData("一年中gmv最高的月份")] // 年中 inside 一年中 is "in a year"
    [InlineData("之后儿童类目的gmv")] // 后儿 inside 之后儿童 is no day
    public void Leaves_vague_words_unread(string question)
    {
        Assert.Null(Resolve(question, Now).Range);
    }
}
