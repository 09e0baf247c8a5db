using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>Words that name what a metric is, not a slice of it: a value its own definition uses, an average it already takes.</summary>
public sealed class DefiningWordsTests
{
    [Theory]
    [InlineData("上个月门店的预约数", "appointment_count")]
    [InlineData("上个月约了到店的有多少个预约", "appointment_count")]
    [InlineData("上季度门店平均在岗人数", "avg_headcount")]
    public void A_value_word_the_definition_uses_is_no_filter(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(metric, result.Query!.Metrics.Single());
        Assert.Empty(result.Query.Filters);
        Assert.Empty(result.Query.GroupBy);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Fact]
    public void With_a_split_word_it_is_the_dimension_of_that_name() =>
        Assert.Equal(["store"], FollowUpTestSupport.Query("上个月各门店的预约数").GroupBy);

    [Theory]
    [InlineData("上个月线上的预约数", "online_offline")]
    [InlineData("上个月天猫的在岗人数", "channel")]
    public void A_value_the_definition_does_not_use_stays_a_filter(string question, string dimension) =>
        Assert.Equal(dimension, FollowUpTestSupport.Query(question).Filters.Single().Dimension);

    [Fact]
    public void A_metric_that_can_be_split_keeps_the_filter() =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["store"]), FollowUpTestSupport.Query("上个月门店的GMV").Filters.Single());

    [Theory]
    [InlineData("去年平均每个月有多少员工在岗", null)]
    [InlineData("how many staff did we have on average per month last year", null)]
    [InlineData("去年每月平均在岗人数", TimeGrain.Month)]
    [InlineData("去年平均每个月的GMV", TimeGrain.Month)]
    public void An_average_per_month_is_the_metric_s_own_average_only_when_it_takes_one(string question, TimeGrain? grain) =>
        Assert.Equal(grain, FollowUpTestSupport.Query(question).Grain);

    [Theory]
    [InlineData("上个月GMV同比增速", "gmv_yoy_growth", null)]
    [InlineData("GMV YoY growth last month", "gmv_yoy_growth", null)]
    [InlineData("上个月GMV同比", "gmv", Comparison.Yoy)]
    [InlineData("last month GMV vs last year", "gmv", Comparison.Yoy)]
    public void Comparison_words_inside_a_metric_s_own_name_name_it(string question, string metric, Comparison? compare)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(metric, query.Metrics.Single());
        Assert.Equal(compare, query.Compare);
    }
}
