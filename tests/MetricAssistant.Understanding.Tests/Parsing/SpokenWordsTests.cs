using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Spoken counts (仨 is 三个, 俩 两个: they hold their measure word), 变化 beside a comparison (the compared change, not
/// a trend), a base of people (everyone so far), and a conversion window asked of the ratio over the same rows.
/// </summary>
public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("上季度GMV最高的仨城市", 3)]
    [InlineData("上个月订单数最少的俩区域", 2)]
    [InlineData("上周访客数前仨的渠道", 3)]
    [InlineData("上个月GMV排名最后的仨门店", 3)]
    // 嘞 written for 的 (Hunan, Henan, southwest): the count after the ranking word is still the limit.
    [InlineData("上个月退款率最差嘞三个城市", 3)]
    [InlineData("9月各品类在线上嘞销量，最少嘞两个", 2)]
    [InlineData("上个月GMV最高嘞两个区域", 2)]
    public void A_spoken_count_limits_the_ranking(string question, int limit) =>
        Assert.Equal(limit, Query(question).Limit);

    [Theory]
    [InlineData("上个月退款金额同比变化", Comparison.Yoy)]
    [InlineData("这个季度客单价环比的变化怎么样", Comparison.Pop)]
    public void A_change_beside_a_comparison_is_no_trend(string question, Comparison compare)
    {
        var query = Query(question);
        Assert.Equal(compare, query.Compare);
        Assert.Null(query.Grain);
    }

    [Fact]
    public void A_change_alone_is_still_a_trend() => Assert.Equal(TimeGrain.Day, Query("上个月GMV的变化").Grain);

    [Theory]
    [InlineData("How large is our customer base as of the end of June?")]
    [InlineData("截至上个月我们的会员规模有多大")]
    [InlineData("what does our member base look like by region this year")]
    public void A_base_of_people_is_the_running_total(string question) =>
        Assert.Equal(["total_customers"], Query(question).Metrics);

    [Theory]
    [InlineData("上个月预约后购买转化率是多少", "appointment_conversion_rate", null)]
    [InlineData("appointment to purchase conversion by city for Q1 2025", "appointment_conversion_rate", null)]
    [InlineData("appointment conversion within 30 days, last quarter", "appointment_purchase_rate", 30)]
    [InlineData("预约后14天内的购买转化率", "appointment_purchase_rate", 14)]
    [InlineData("上个月预约客户7天购买率", "appointment_purchase_rate", null)]
    public void A_window_asks_for_the_conversion_over_the_ratios_rows(string question, string metric, int? days)
    {
        var query = Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(days, query.ConversionWindow?.Count);
    }
}
