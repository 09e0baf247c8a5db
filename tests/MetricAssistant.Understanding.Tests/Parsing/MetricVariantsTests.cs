using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// To-date words name a period of the plain metric ("GMV YTD" is GMV from 1 January to today, the same number); the
/// catalog's running-total metric is asked by a trend or a running-total word, however the question names it; a
/// period-end snapshot metric named by its own name is the plain snapshot metric at the period end.
/// </summary>
public sealed class MetricVariantsTests
{
    [Theory]
    [InlineData("GMV YTD", "gmv")]
    [InlineData("year-to-date GMV", "gmv")]
    [InlineData("年初至今GMV", "gmv")]
    [InlineData("今年以来的GMV", "gmv")]
    [InlineData("GMV month to date", "gmv")]
    [InlineData("月初至今的GMV", "gmv")]
    [InlineData("本月累计GMV", "gmv_mtd")]
    [InlineData("MTD GMV by day", "gmv_mtd")]
    [InlineData("month-to-date GMV by day last month", "gmv_mtd")]
    public void The_running_total_is_asked_only_by_a_trend_or_its_own_word(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);

    [Theory]
    [InlineData("上季度期末在岗人数")]
    [InlineData("ending headcount by region last quarter")]
    [InlineData("上季度末的在岗人数")]
    public void A_period_end_snapshot_is_the_plain_snapshot_metric_at_the_end(string question)
    {
        var query = Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Equal(MetricAssistant.QueryModel.ValueAt.PeriodEnd, query.At);
    }
}
