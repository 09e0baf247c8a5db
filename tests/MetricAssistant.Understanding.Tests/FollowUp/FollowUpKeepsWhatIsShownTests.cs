using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.FollowUp;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Follow-ups that change one part and keep the rest of what is shown: a total after a trend drops the grain, "JD too"
/// after an exclusion excludes JD as well, a total over a split keeps its filters, a lifted filter keeps its split, a
/// month part with no month is of the conversation's month, and a metric with a split but no time keeps the time.
/// </summary>
public sealed class FollowUpKeepsWhatIsShownTests
{
    [Theory]
    [InlineData("上个月每天的GMV", "不用按天了")]
    [InlineData("上个月每天的GMV", "总共多少就行")]
    [InlineData("上个月每天的GMV", "给个总数")]
    [InlineData("上个月华东每天的GMV", "一个数就行")]
    [InlineData("上个月华东每天的GMV", "不看趋势了")]
    [InlineData("daily GMV in East China last month", "just give me one number")]
    [InlineData("daily GMV in East China last month", "forget the trend")]
    [InlineData("monthly GMV in East China this year", "no need by month")]
    [InlineData("monthly GMV in East China this year", "just the total")]
    [InlineData("daily GMV in East China last month", "a single figure please")]
    [InlineData("daily GMV in East China last month", "no breakdown by day")]
    [InlineData("daily GMV in East China last month", "what's the total for the month")]
    [InlineData("上个月华东每天的GMV", "不用分天")]
    public void A_total_after_a_trend_drops_the_grain_and_keeps_the_filters(string first, string followUp)
    {
        var before = Query(first);
        var result = Continue(before, followUp);
        Assert.NotNull(result);
        Assert.Null(result.Query.Grain);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(before.Filters, result.Query.Filters);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
        Assert.Equal(before.Metrics, result.Query.Metrics);
    }

    [Theory]
    [InlineData("GMV by channel excluding in-store last month", "and JD as well")]
    [InlineData("GMV by channel excluding in-store last month", "JD too")]
    [InlineData("GMV by channel excluding in-store last month", "also leave out JD")]
    [InlineData("上个月除了门店各渠道的GMV", "京东也去掉")]
    [InlineData("上个月除了门店各渠道的GMV", "京东也是")]
    [InlineData("上个月除了门店各渠道的GMV", "还有京东")]
    public void A_value_said_as_one_more_after_an_exclusion_is_excluded_too(string first, string followUp)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        var filter = Assert.Single(result.Query.Filters);
        Assert.Equal(QueryFilterOperator.NotIn, filter.Operator);
        Assert.Equal(["store", "jd"], filter.Values);
        Assert.Equal(["channel"], result.Query.GroupBy);
    }

    [Theory]
    [InlineData("GMV on Tmall last month", "and JD too")]
    [InlineData("上个月天猫的GMV", "京东也看看")]
    [InlineData("GMV by channel excluding in-store last month", "add JD back")]
    public void After_an_inclusion_or_with_a_word_that_takes_in_the_value_is_not_excluded(string first, string followUp)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        Assert.All(result.Query.Filters, f => Assert.Equal(QueryFilterOperator.In, f.Operator));
    }

    [Theory]
    [InlineData("上个月除了华南和西南各区域的GMV", "各区域加起来呢")]
    [InlineData("上个月除了华南和西南各区域的GMV", "所有区域合计")]
    [InlineData("GMV by region excluding South China and Southwest last month", "all regions combined")]
    [InlineData("GMV by region excluding South China and Southwest last month", "the total across regions")]
    public void A_total_over_a_split_keeps_its_filters(string first, string followUp)
    {
        var before = Query(first);
        var result = Continue(before, followUp);
        Assert.NotNull(result);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(before.Filters, result.Query.Filters);
    }

    [Theory]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道先不筛了，都看看")]
    [InlineData("上个月天猫和京东各渠道的GMV", "不筛渠道了")]
    [InlineData("上个月天猫和京东各渠道的GMV", "去掉渠道的筛选")]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道的筛选去掉")]
    [InlineData("GMV by channel for Tmall and JD last month", "all channels")]
    [InlineData("GMV by channel for Tmall and JD last month", "drop the channel filter")]
    [InlineData("GMV by channel for Tmall and JD last month", "remove the filter")]
    [InlineData("GMV by channel for Tmall and JD last month", "no channel filter")]
    [InlineData("上个月天猫和京东各渠道的GMV", "取消渠道筛选")]
    [InlineData("上个月天猫和京东各渠道的GMV", "不限渠道")]
    [InlineData("GMV by channel for Tmall and JD last month", "clear the channel filter")]
    public void Dropping_a_filter_keeps_the_split(string first, string followUp)
    {
        var before = Query(first);
        var result = Continue(before, followUp);
        Assert.NotNull(result);
        Assert.Empty(result.Query.Filters);
        Assert.Equal(["channel"], result.Query.GroupBy);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
        Assert.Equal(before.Metrics, result.Query.Metrics);
    }

    [Fact]
    public void Dropping_one_filter_keeps_the_others()
    {
        var result = Continue(Query("上个月华东天猫和京东各渠道的GMV"), "不筛渠道了");
        Assert.NotNull(result);
        var kept = Assert.Single(result.Query.Filters);
        Assert.Equal("region", kept.Dimension);
    }

    [Theory]
    [InlineData("6月上旬的退款金额", "中旬呢", "2025-06-11", "2025-06-21")]
    [InlineData("6月上旬的退款金额", "下旬呢", "2025-06-21", "2025-07-01")]
    [InlineData("6月上旬的退款金额", "月底那几天呢", "2025-06-21", "2025-07-01")]
    [InlineData("refund amount in early June", "what about mid-month", "2025-06-11", "2025-06-21")]
    [InlineData("refund amount in early June", "and late in the month?", "2025-06-21", "2025-07-01")]
    [InlineData("上个月的退款金额", "那上旬呢", "2025-06-01", "2025-06-11")]
    public void A_month_part_with_no_month_is_of_the_conversations_month(string first, string followUp, string start, string end)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), result.Query.TimeRange);
        Assert.Null(result.Query.At);
    }

    [Fact]
    public void A_month_part_alone_is_the_most_recent_one_that_started() =>
        Assert.Equal(new DateRange(new DateOnly(2025, 6, 21), new DateOnly(2025, 7, 1)), Query("下旬的退款金额").TimeRange);

    [Theory]
    [InlineData("本月的GMV", "各region的orders从高到低排一下")]
    [InlineData("本月的GMV", "各区域的订单数从高到低排一下")]
    [InlineData("本月的GMV", "各区域的订单数排个序")]
    [InlineData("GMV this month", "orders by region, highest first")]
    [InlineData("GMV this month", "orders by region")]
    public void A_metric_and_split_with_no_time_keep_the_conversations_time(string first, string followUp)
    {
        var result = Continue(Query(first), followUp);
        Assert.NotNull(result);
        Assert.Equal(["order_count"], result.Query.Metrics);
        Assert.Equal(["region"], result.Query.GroupBy);
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1)), result.Query.TimeRange);
        Assert.True(result.Query.Ordering.Single().Desc);
    }

    [Theory]
    [InlineData("本月各区域的订单数从高到低排一下")]
    [InlineData("本月各区域的订单数从低到高排")]
    [InlineData("本月各区域的订单数排个序")]
    [InlineData("本月各区域的订单数排一下")]
    public void Sorting_words_are_read_whole(string question) =>
        Assert.DoesNotContain(Understand(question).Notices, n => n is NotUnderstood);

    [Fact]
    public void Low_to_high_sorts_ascending() =>
        Assert.False(Query("本月各区域的订单数从低到高排一下").Ordering.Single().Desc);
}
