using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// Follow-ups that change one part of what is shown and keep the rest, end to end through the ask service in one
/// conversation: a total after a trend, one more excluded value, a total over a split, a lifted filter, a month part,
/// a metric and split with no time, "each of them" after a count of people, and a correction describing the metric.
/// </summary>
public sealed class FollowUpKeepsWhatIsShownTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    private async Task<Answer> ConverseAsync(string conversation, params string[] questions)
    {
        Answer? last = null;
        foreach (var question in questions) last = await harness.AskAsync(question, "ceo", conversation);
        Assert.Equal(AnswerStatus.Answered, last!.Status);
        Assert.Equal(questions[^2], last.FollowUpOf);
        return last;
    }

    private static IEnumerable<(string, string, string)> Filters(Answer answer) =>
        answer.Query!.Filters!.Select(f => (f.Dimension ?? "", f.Op ?? "", string.Join(",", f.Values!)));

    [Theory]
    [InlineData("上个月华东每天的GMV", "给个总数")]
    [InlineData("daily GMV in East China last month", "forget the trend, just give me one number")]
    public async Task A_total_after_a_trend_drops_the_grain(string first, string total)
    {
        var answer = await ConverseAsync("total-" + total, first, total);
        Assert.Null(answer.Query!.Grain);
        Assert.Equal([("region", "in", "east")], Filters(answer));
        Assert.Equal(new TimeRangeDto("2025-06-01", "2025-07-01"), answer.Query.TimeRange);
    }

    [Theory]
    [InlineData("上个月除了门店各渠道的GMV", "京东也是")]
    [InlineData("GMV by channel excluding in-store last month", "and JD as well")]
    public async Task One_more_value_after_an_exclusion_is_excluded_too(string first, string more)
    {
        var answer = await ConverseAsync("more-" + more, first, more);
        Assert.Equal([("channel", "not_in", "store,jd")], Filters(answer));
        Assert.Equal(["channel"], answer.Query!.GroupBy);
    }

    [Theory]
    [InlineData("上个月除了华南和西南各区域的GMV", "各区域加起来呢")]
    [InlineData("GMV by region excluding South China and Southwest last month", "all regions combined")]
    public async Task A_total_over_a_split_keeps_its_exclusion(string first, string total)
    {
        var answer = await ConverseAsync("sum-" + total, first, total);
        Assert.Empty(answer.Query!.GroupBy!);
        Assert.Equal([("region", "not_in", "south,southwest")], Filters(answer));
    }

    [Theory]
    [InlineData("上个月天猫和京东各渠道的GMV", "渠道先不筛了，都看看")]
    [InlineData("GMV by channel for Tmall and JD last month", "drop the channel filter")]
    public async Task Lifting_a_filter_keeps_the_split(string first, string lift)
    {
        var answer = await ConverseAsync("lift-" + lift, first, lift);
        Assert.Empty(answer.Query!.Filters!);
        Assert.Equal(["channel"], answer.Query.GroupBy);
    }

    [Theory]
    [InlineData("6月上旬的退款金额", "下旬呢", "2025-06-21", "2025-07-01")]
    [InlineData("refund amount in early June", "what about mid-month", "2025-06-11", "2025-06-21")]
    public async Task A_month_part_is_of_the_conversations_month(string first, string part, string start, string end)
    {
        var answer = await ConverseAsync("part-" + part, first, part);
        Assert.Equal(new TimeRangeDto(start, end), answer.Query!.TimeRange);
    }

    [Fact]
    public async Task A_metric_and_split_with_no_time_keep_the_conversations_period()
    {
        var answer = await ConverseAsync("no-time", "本月的GMV", "各region的orders从高到低排一下");
        Assert.Equal(["order_count"], answer.Query!.Metrics);
        Assert.Equal(["region"], answer.Query.GroupBy);
        Assert.Equal(new TimeRangeDto("2025-07-01", "2025-08-01"), answer.Query.TimeRange);
        Assert.Empty(answer.Warnings);
    }

    [Fact]
    public async Task Each_of_them_then_per_order_after_a_count_of_people()
    {
        var each = await ConverseAsync("each", "paying customers by member level last December", "and how much did each of them spend on average?");
        Assert.Equal(["arppu"], each.Query!.Metrics);
        Assert.Equal(["member_level"], each.Query.GroupBy);
        var perOrder = await harness.AskAsync("no, I meant the average per order", "ceo", "each");
        Assert.Equal(["aov"], perOrder.Query!.Metrics);
        Assert.Equal(["member_level"], perOrder.Query.GroupBy);
        Assert.Equal(new TimeRangeDto("2024-12-01", "2025-01-01"), perOrder.Query.TimeRange);
    }

    [Fact]
    public async Task A_correction_describing_the_metric_keeps_the_ranking()
    {
        var answer = await ConverseAsync("described", "上个季度订单数最多的3个区域", "不对，我是说付了款的人数");
        Assert.Equal(["paying_customers"], answer.Query!.Metrics);
        Assert.Equal(["region"], answer.Query.GroupBy);
        Assert.Equal(3, answer.Query.Limit);
    }
}
