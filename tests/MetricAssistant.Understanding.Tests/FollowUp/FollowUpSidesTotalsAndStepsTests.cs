using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Follow-ups that ask for every side after one value (线上线下分别多少 → the split, no filter), the total of a split ("俩加一块儿呢",
/// "both together?"), one number after a trend ("forget the quarters"), and a step back said as the stretch before ("the 7 days
/// before that", 上周同一天).
/// </summary>
public sealed class FollowUpSidesTotalsAndStepsTests
{
    [Theory]
    [InlineData("上个月线上的GMV", "线上线下分别多少")]
    [InlineData("上个月线下的订单数", "线上和线下各是多少")]
    [InlineData("online GMV last month", "online and offline each?")]
    [InlineData("offline orders last month", "what about online and offline separately?")]
    public void Every_side_asked_each_after_one_value_is_the_split_with_no_filter(string first, string second)
    {
        var query = Chain(first, second).Query;
        Assert.Equal(["online_offline"], query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("上个月北京和上海的GMV分别是多少", "俩加一块儿呢")]
    [InlineData("上个月北京和上海的GMV分别是多少", "两个加一块呢")]
    [InlineData("GMV in Beijing and Shanghai last month, city by city", "both together?")]
    [InlineData("GMV in Beijing and Shanghai last month, city by city", "combined?")]
    public void Together_after_a_split_of_two_values_is_their_total(string first, string second)
    {
        var query = Chain(first, second).Query;
        Assert.Empty(query.GroupBy);
        Assert.Equal(new QueryFilter("city", QueryFilterOperator.In, ["Beijing", "Shanghai"]), query.Filters.Single());
    }

    [Theory]
    [InlineData("GMV by quarter in 2024", "forget the quarters, just the full-year number")]
    [InlineData("orders by month in 2024", "forget the months, just one number")]
    [InlineData("2024年按季度的GMV", "不用分季度了，全年一个数就行")]
    public void One_number_after_a_trend_drops_the_grain(string first, string second)
    {
        var query = Chain(first, second).Query;
        Assert.Null(query.Grain);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), query.TimeRange);
    }

    [Theory]
    [InlineData("orders last week", "and the 7 days before that?")]
    [InlineData("GMV last week", "what about the seven days before that?")]
    [InlineData("上周的订单数", "再往前7天呢")]
    public void The_stretch_before_said_by_its_length_steps_back_one_week(string first, string second) =>
        Assert.Equal(new DateRange(new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 7)), Chain(first, second).Query.TimeRange);

    [Theory]
    [InlineData("昨天的GMV", "上周同一天呢")]
    [InlineData("GMV yesterday", "same day last week?")]
    public void The_same_day_last_week_steps_back_seven_days(string first, string second) =>
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 8)), Chain(first, second).Query.TimeRange);
}
