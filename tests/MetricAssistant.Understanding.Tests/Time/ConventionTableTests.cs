using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Every row of the "Time" table of evals/CONVENTIONS.md, in Chinese and English (now = 2025-07-15, a Tuesday).</summary>
public class ConventionTableTests
{
    private const string Now = "2025-07-15";

    [Theory]
    // 上个月 / 上月 / last month → previous calendar month
    [InlineData("上个月", "2025-06-01", "2025-07-01")]
    [InlineData("上月gmv", "2025-06-01", "2025-07-01")]
    [InlineData("上个月Tmall的GMV", "2025-06-01", "2025-07-01")]
    [InlineData("last month gmv", "2025-06-01", "2025-07-01")]
    [InlineData("GMV Last Month", "2025-06-01", "2025-07-01")]
    // 本月 / 这个月 / this month → the whole current month
    [InlineData("本月", "2025-07-01", "2025-08-01")]
    [InlineData("这个月的订单数", "2025-07-01", "2025-08-01")]
    [InlineData("this month", "2025-07-01", "2025-08-01")]
    // 上季度 / 上个季度 / last quarter
    [InlineData("上季度gmv", "2025-04-01", "2025-07-01")]
    [InlineData("上个季度", "2025-04-01", "2025-07-01")]
    [InlineData("last quarter", "2025-04-01", "2025-07-01")]
    // 本季度 / this quarter
    [InlineData("本季度", "2025-07-01", "2025-10-01")]
    [InlineData("this quarter", "2025-07-01", "2025-10-01")]
    // 去年 / last year; 今年 / this year
    [InlineData("去年", "2024-01-01", "2025-01-01")]
    [InlineData("last year", "2024-01-01", "2025-01-01")]
    [InlineData("今年", "2025-01-01", "2026-01-01")]
    [InlineData("this year", "2025-01-01", "2026-01-01")]
    // 本周 / 这周 / this week → ISO week; 上周 / last week
    [InlineData("本周", "2025-07-14", "2025-07-21")]
    [InlineData("这周", "2025-07-14", "2025-07-21")]
    [InlineData("this week", "2025-07-14", "2025-07-21")]
    [InlineData("上周", "2025-07-07", "2025-07-14")]
    [InlineData("last week", "2025-07-07", "2025-07-14")]
    // 近7天 / 最近7天 / 过去7天 / past 7 days / last 7 days → [today − 7, today)
    [InlineData("近7天", "2025-07-08", "2025-07-15")]
    [InlineData("最近7天", "2025-07-08", "2025-07-15")]
    [InlineData("过去7天", "2025-07-08", "2025-07-15")]
    [InlineData("past 7 days", "2025-07-08", "2025-07-15")]
    [InlineData("last 7 days", "2025-07-08", "2025-07-15")]
    [InlineData("近七天", "2025-07-08", "2025-07-15")]
    // 近30天 / 最近一个月 / last 30 days → [today − 30, today)
    [InlineData("近30天", "2025-06-15", "2025-07-15")]
    [InlineData("最近一个月", "2025-06-15", "2025-07-15")]
    [InlineData("last 30 days", "2025-06-15", "2025-07-15")]
    [InlineData("past 30 days", "2025-06-15", "2025-07-15")]
    // 近三个月 / past 3 months → three complete months before the current one
    [InlineData("近三个月", "2025-04-01", "2025-07-01")]
    [InlineData("past 3 months", "2025-04-01", "2025-07-01")]
    // 今年以来 / 年初至今 / year to date / YTD → [1 Jan, today)
    [InlineData("今年以来", "2025-01-01", "2025-07-15")]
    [InlineData("年初至今", "2025-01-01", "2025-07-15")]
    [InlineData("year to date", "2025-01-01", "2025-07-15")]
    [InlineData("YTD gmv", "2025-01-01", "2025-07-15")]
    // 本月至今 / month to date / MTD → [1st, today)
    [InlineData("本月至今", "2025-07-01", "2025-07-15")]
    [InlineData("month to date", "2025-07-01", "2025-07-15")]
    [InlineData("mtd", "2025-07-01", "2025-07-15")]
    // 昨天 / yesterday; 今天 / today; 前天
    [InlineData("昨天", "2025-07-14", "2025-07-15")]
    [InlineData("yesterday", "2025-07-14", "2025-07-15")]
    [InlineData("今天", "2025-07-15", "2025-07-16")]
    [InlineData("today", "2025-07-15", "2025-07-16")]
    [InlineData("前天", "2025-07-13", "2025-07-14")]
    // 2025年3月 / March 2025 / 2025-03 / mar 2025
    [InlineData("2025年3月", "2025-03-01", "2025-04-01")]
    [InlineData("2025年1到3月", "2025-01-01", "2025-04-01")]
    [InlineData("2024年十到十二月", "2024-10-01", "2025-01-01")]
    [InlineData("4至6月", "2025-04-01", "2025-07-01")]
    [InlineData("March 2025", "2025-03-01", "2025-04-01")]
    [InlineData("2025-03", "2025-03-01", "2025-04-01")]
    [InlineData("mar 2025", "2025-03-01", "2025-04-01")]
    // 3月 / March without a year → the most recent March that has started
    [InlineData("3月", "2025-03-01", "2025-04-01")]
    [InlineData("march", "2025-03-01", "2025-04-01")]
    [InlineData("三月份", "2025-03-01", "2025-04-01")]
    // 2025年 / 2025
    [InlineData("2025年", "2025-01-01", "2026-01-01")]
    [InlineData("2025", "2025-01-01", "2026-01-01")]
    [InlineData("gmv in 2025", "2025-01-01", "2026-01-01")]
    // 2025年Q3 / 2025年第三季度 / Q3 2025 / 2025Q3
    [InlineData("2025年Q3", "2025-07-01", "2025-10-01")]
    [InlineData("2025年第三季度", "2025-07-01", "2025-10-01")]
    [InlineData("Q3 2025", "2025-07-01", "2025-10-01")]
    [InlineData("gmv q3 2025", "2025-07-01", "2025-10-01")]
    [InlineData("2025Q3", "2025-07-01", "2025-10-01")]
    // Q3 / 第三季度 without a year → the most recent Q3 that has started
    [InlineData("第三季度", "2025-07-01", "2025-10-01")]
    [InlineData("Q3", "2025-07-01", "2025-10-01")]
    // 去年第三季度 / last year's Q3 / Q3 last year
    [InlineData("去年第三季度", "2024-07-01", "2024-10-01")]
    [InlineData("last year's q3", "2024-07-01", "2024-10-01")]
    [InlineData("q3 last year", "2024-07-01", "2024-10-01")]
    // 上半年 / 下半年 / H1 / H2 of the implied year
    [InlineData("上半年", "2025-01-01", "2025-07-01")]
    [InlineData("下半年", "2025-07-01", "2026-01-01")]
    [InlineData("H1", "2025-01-01", "2025-07-01")]
    [InlineData("h2", "2025-07-01", "2026-01-01")]
    [InlineData("去年下半年", "2024-07-01", "2025-01-01")]
    // 2025年1月到3月 / from Jan to Mar 2025 → both ends inclusive months
    [InlineData("2025年1月到3月", "2025-01-01", "2025-04-01")]
    [InlineData("1月到3月", "2025-01-01", "2025-04-01")]
    [InlineData("from Jan to Mar 2025", "2025-01-01", "2025-04-01")]
    [InlineData("jan-mar 2025", "2025-01-01", "2025-04-01")]
    // 3月1日到3月15日 / March 1 to 15 → the end day is included
    [InlineData("3月1日到3月15日", "2025-03-01", "2025-03-16")]
    [InlineData("3月1日至15日", "2025-03-01", "2025-03-16")]
    [InlineData("March 1 to 15", "2025-03-01", "2025-03-16")]
    [InlineData("2025-03-01 to 2025-03-15", "2025-03-01", "2025-03-16")]
    // single dates
    [InlineData("2025年3月8日", "2025-03-08", "2025-03-09")]
    [InlineData("3月8日", "2025-03-08", "2025-03-09")]
    [InlineData("march 8 2025", "2025-03-08", "2025-03-09")]
    [InlineData("2025-03-08", "2025-03-08", "2025-03-09")]
    // 双十一 / Double 11 / 11.11 → this year's if it has come, else last year's
    [InlineData("双十一", "2024-11-11", "2024-11-12")]
    [InlineData("双11", "2024-11-11", "2024-11-12")]
    [InlineData("double 11", "2024-11-11", "2024-11-12")]
    [InlineData("11.11", "2024-11-11", "2024-11-12")]
    // 618 / 6.18
    [InlineData("618", "2025-06-18", "2025-06-19")]
    [InlineData("6.18", "2025-06-18", "2025-06-19")]
    [InlineData("618大促的gmv", "2025-06-18", "2025-06-19")]
    // 春节: the first seven days of the lunar year
    [InlineData("春节", "2025-01-29", "2025-02-05")]
    // number words
    [InlineData("近一周", "2025-07-08", "2025-07-15")]
    [InlineData("过去一周", "2025-07-08", "2025-07-15")]
    [InlineData("近两周", "2025-07-01", "2025-07-15")]
    [InlineData("past two weeks", "2025-07-01", "2025-07-15")]
    [InlineData("last 14 days", "2025-07-01", "2025-07-15")]
    [InlineData("最近三个月", "2025-04-01", "2025-07-01")]
    [InlineData("近半年", "2025-01-01", "2025-07-01")]
    [InlineData("last 6 months", "2025-01-01", "2025-07-01")]
    [InlineData("过去12个月", "2024-07-01", "2025-07-01")]
    [InlineData("past 12 months", "2024-07-01", "2025-07-01")]
    // clarification: 近N年 / 过去N年 / past N years → [today − N years, today)
    [InlineData("近三年", "2022-07-15", "2025-07-15")]
    [InlineData("过去两年", "2023-07-15", "2025-07-15")]
    [InlineData("近一年", "2024-07-15", "2025-07-15")]
    [InlineData("past 2 years", "2023-07-15", "2025-07-15")]
    [InlineData("past year", "2024-07-15", "2025-07-15")]
    public void Resolves_the_conventions_table(string question, string start, string end)
    {
        var result = Resolve(question, Now);

        Assert.Equal(Range(start, end), result.Range);
        var mention = Assert.Single(result.Mentions);
        Assert.Equal(result.Range, mention.Range);
    }
}
