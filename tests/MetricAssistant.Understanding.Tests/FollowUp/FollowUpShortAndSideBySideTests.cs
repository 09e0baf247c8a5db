using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// Follow-ups said short: last year as "LY"; the values kept set side by side or ranked ("分开看", "which one higher?", "vs 华东呢");
/// the kind of store asked ("哪种店最差"); the shape of the answer kept for another metric ("for the same cut"); a share of
/// "those" things counted; a definition named by its owner or its word ("the finance definition", "用运营的口径").
/// </summary>
public sealed class FollowUpShortAndSideBySideTests
{
    [Theory]
    [InlineData("last month GMV", "same month LY")]
    [InlineData("last month GMV", "same month last year?")]
    [InlineData("上个月GMV", "去年同月呢")]
    [InlineData("last month GMV", "LY same period")]
    [InlineData("last month GMV by region", "what about the same month LY?")]
    public void Last_year_said_short_is_the_same_month_a_year_back(string first, string followUp)
    {
        var result = Chain(first, followUp);
        Assert.Equal(new DateRange(new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 1)), result.Query.TimeRange);
        Assert.Null(result.Query.Compare);
    }

    [Fact]
    public void The_same_week_LY_is_that_week_a_year_back()
    {
        var result = Chain("last week GMV", "same week LY");
        Assert.Equal(7, result.Query.TimeRange.Days);
        Assert.Equal(2024, result.Query.TimeRange.Start.Year);
        Assert.Equal(DayOfWeek.Monday, result.Query.TimeRange.Start.DayOfWeek);
    }

    [Theory]
    [InlineData("上个月成都和重庆的预约数", "分开看嘛", "city")]
    [InlineData("上个月成都和重庆的预约数", "各自多少", "city")]
    [InlineData("last month visitors in Wuhan and Changsha", "separately please", "city")]
    [InlineData("上个月天猫和京东的订单数", "分别是多少", "channel")]
    public void Values_kept_asked_each_are_split_by_their_dimension(string first, string followUp, string dimension)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal([dimension], result.Query.GroupBy);
        Assert.Equal(previous.Filters, result.Query.Filters);
        Assert.Null(result.Query.Limit);
    }

    [Theory]
    [InlineData("last month visitors in Wuhan and Changsha", "which one higher?", true)]
    [InlineData("上个月成都和重庆的预约数", "哪个多", true)]
    [InlineData("上个月天猫和京东的订单数", "哪个少", false)]
    [InlineData("last month refund rate in Wuhan and Changsha", "which one worse?", true)]
    [InlineData("last month refund rate in Wuhan and Changsha", "which is better", false)]
    public void Values_kept_ranked_are_split_and_one_row_kept(string first, string followUp, bool desc)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Single(result.Query.GroupBy);
        Assert.Equal(previous.Filters, result.Query.Filters);
        Assert.Equal([new QueryOrder(previous.Metrics[0], desc)], result.Query.OrderBy);
        Assert.Equal(1, result.Query.Limit);
    }

    [Theory]
    [InlineData("上个月华南GMV", "vs 华东呢")]
    [InlineData("上个月华南GMV", "和华东比呢")]
    [InlineData("上个月华南的GMV", "跟华东比一下")]
    [InlineData("last month South China GMV", "compare with East China")]
    [InlineData("last month South China GMV", "how about versus East China?")]
    public void A_second_value_set_against_a_lone_one_compares_both(string first, string followUp)
    {
        var result = Chain(first, followUp);
        Assert.Equal(["region"], result.Query.GroupBy);
        Assert.Equal([new QueryFilter("region", QueryFilterOperator.In, ["south", "east"])], result.Query.Filters);
        Assert.Equal(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)), result.Query.TimeRange);
    }

    [Theory]
    [InlineData("上个月各门店类型的GMV", "哪种店最差", false)]
    [InlineData("上个月各门店类型的GMV", "哪类店最拉胯", false)]
    [InlineData("last month GMV by store type", "which type of store is worst", false)]
    [InlineData("last month refund rate by store type", "which kind of store is worst?", true)]
    public void Which_kind_of_store_ranks_store_types(string first, string followUp, bool desc)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal(["store_type"], result.Query.GroupBy);
        Assert.Equal([new QueryOrder(previous.Metrics[0], desc)], result.Query.OrderBy);
        Assert.Equal(1, result.Query.Limit);
    }

    [Theory]
    [InlineData("last month GMV by store type", "Refund rate for the same cut?", "refund_rate")]
    [InlineData("上个月各门店类型的GMV", "退款率，同样的拆分", "refund_rate")]
    [InlineData("top 3 regions by visitors last month", "Same ranking but on GMV", "gmv")]
    [InlineData("top 3 regions by visitors last month", "Same, but conversion rate", "conversion_rate")]
    public void Another_metric_keeps_the_cut(string first, string followUp, string metric)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal([metric], result.Query.Metrics);
        Assert.Equal(previous.GroupBy, result.Query.GroupBy);
        Assert.Equal(previous.Limit, result.Query.Limit);
        Assert.Equal(previous.TimeRange, result.Query.TimeRange);
        Assert.Equal([new QueryOrder(metric, true)], result.Query.OrderBy);
    }

    [Theory]
    [InlineData("appointments in East China last month", "And what share of those ended in a purchase?")]
    [InlineData("上个月华东的预约数", "那些预约里有多少成交了（比例）")]
    public void A_share_of_those_is_of_the_things_counted(string first, string followUp)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal(["appointment_conversion_rate"], result.Query.Metrics);
        Assert.Equal(previous.Filters, result.Query.Filters);
        Assert.Equal(previous.TimeRange, result.Query.TimeRange);
    }

    [Theory]
    [InlineData("上个月各区域的GMV", "Now give me the finance definition instead", "gmv")]
    [InlineData("上个月各区域的下单GMV", "Now the paid definition", "gmv")]
    [InlineData("last month GMV by region", "And if we go with the e-commerce team's ordered GMV instead?", "gmv_ordered")]
    [InlineData("上个月各区域的GMV", "用运营的口径", "gmv_net")]
    [InlineData("last month GMV by region", "what about the ops version?", "gmv_net")]
    public void A_definition_named_by_owner_or_word_is_that_variant(string first, string followUp, string metric)
    {
        var previous = Query(first);
        var result = Chain(first, followUp);
        Assert.Equal([metric], result.Query.Metrics);
        Assert.Equal(previous.GroupBy, result.Query.GroupBy);
        Assert.Equal(previous.Filters, result.Query.Filters);
        Assert.Equal(previous.TimeRange, result.Query.TimeRange);
    }

    [Theory]
    [InlineData("上个月各区域的GMV", "not the finance one")]
    [InlineData("上个月各区域的GMV", "不要财务口径的")]
    [InlineData("last month GMV by region", "hmm, not the finance definition")]
    public void A_definition_ruled_out_is_no_switch_to_it(string first, string followUp)
    {
        var result = FollowUpTestSupport.Continue(Query(first), followUp);
        Assert.False(result is { Query.Metrics: ["gmv"] }, $"'{followUp}' switched to the definition it rules out");
    }

    [Theory]
    [InlineData("上个月华东的GMV", "全国的呢")]
    [InlineData("last month East China GMV", "and nationwide?")]
    [InlineData("last month East China GMV", "all regions?")]
    public void Every_region_asked_opens_the_region_kept(string first, string followUp)
    {
        var result = Chain(first, followUp);
        Assert.Empty(result.Query.Filters);
        Assert.Empty(result.Query.GroupBy);
        Assert.Equal(["region"], result.Opened);
    }
}
