using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// A correction of the question just answered ("我说的是…", "说错了", "应该是…", "I meant…", "it should be…"), or a swap of its metric
/// ("换成…", "switch to…", "make it…"), keeps the ranking asked there (lowest first, one row), even when it says its period and split
/// again, which would otherwise make it a new question.
/// </summary>
public sealed class FollowUpCorrectionKeepsRankingTests
{
    [Theory]
    [InlineData("上个月哪个门店类型的GMV最低", "我说的是上个月各门店类型的净GMV", "gmv_net")]
    [InlineData("上个月哪个门店类型的GMV最低", "搞错了，应该是净GMV", "gmv_net")]
    [InlineData("上个月哪个门店类型的GMV最低", "应该看毛利", "gross_profit")]
    [InlineData("上个月哪个门店类型的GMV最低", "不对，上个月各门店类型应该看毛利", "gross_profit")]
    [InlineData("上个月哪个门店类型的GMV最低", "不好意思，我想问的是上个月各门店类型的毛利", "gross_profit")]
    [InlineData("which store type had the lowest GMV last month", "I meant net GMV by store type last month", "gmv_net")]
    [InlineData("which store type had the lowest GMV last month", "my mistake, gross profit by store type last month", "gross_profit")]
    [InlineData("上个月哪个门店类型的GMV最低", "换成上个月各门店类型的毛利", "gross_profit")]
    [InlineData("上个月哪个门店类型的GMV最低", "改成看上个月各门店类型的净GMV", "gmv_net")]
    [InlineData("which store type had the lowest GMV last month", "switch to gross profit by store type for last month", "gross_profit")]
    [InlineData("which store type had the lowest GMV last month", "make it net GMV by store type last month", "gmv_net")]
    [InlineData("which store type had the lowest GMV last month", "it should be gross profit", "gross_profit")]
    [InlineData("which store type had the lowest GMV last month", "that should have been net GMV for each store type last month", "gmv_net")]
    public void The_ranking_and_its_limit_stay(string first, string correction, string metric)
    {
        var before = Query(first);
        var result = Continue(before, correction, Understand(first).Ranking);
        Assert.NotNull(result);
        Assert.Equal([metric], result.Query.Metrics);
        Assert.Equal(["store_type"], result.Query.GroupBy);
        Assert.False(result.Query.Ordering.Single().Desc);
        Assert.Equal(1, result.Query.Limit);
        Assert.Equal(before.TimeRange, result.Query.TimeRange);
    }

    [Theory]
    [InlineData("上个月哪个门店类型的GMV最低", "上个月各城市的毛利")]
    [InlineData("which store type had the lowest GMV last month", "gross profit by city last month")]
    public void A_whole_question_that_corrects_nothing_is_still_new(string first, string question) =>
        Assert.Null(Continue(Query(first), question, Understand(first).Ranking));
}
