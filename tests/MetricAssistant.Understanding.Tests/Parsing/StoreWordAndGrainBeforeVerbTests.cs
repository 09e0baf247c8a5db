using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A store word that belongs to the metric's definition or to a value is no store split (各区门店在岗人数 is by region; 旗舰店、标准店、
/// 奥莱店 are store types); the metric's own averaging said after its unit (按月平均) is no grain; a grain word before a verb phrase
/// (每天下单的金额) is the grain.
/// </summary>
public sealed class StoreWordAndGrainBeforeVerbTests
{
    [Theory]
    [InlineData("上季度各区门店在岗人数", "region")]
    [InlineData("上季度各城市门店员工数", "city")]
    [InlineData("上季度各区域门店在岗人数", "region")]
    public void Store_staff_by_another_dimension_splits_by_that_dimension_only(string question, string dimension)
    {
        var query = Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Equal([dimension], query.GroupBy);
    }

    [Theory]
    [InlineData("上个月旗舰店、标准店、奥莱店哪个退款率最低")]
    [InlineData("上个月旗舰店、标准店和奥特莱斯哪个GMV最高")]
    public void Every_store_type_listed_and_ranked_splits_by_store_type_only(string question)
    {
        var query = Query(question);
        Assert.Equal(["store_type"], query.GroupBy);
        Assert.Equal(1, query.Limit);
    }

    [Theory]
    [InlineData("今年门店员工人数，按月平均")]
    [InlineData("去年门店在岗人数按月平均")]
    [InlineData("今年门店员工人数，按月平均一下")]
    public void The_metrics_own_averaging_is_no_grain_and_no_store_split(string question)
    {
        var query = Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Empty(query.GroupBy);
        Assert.Null(query.Grain);
    }

    [Theory]
    [InlineData("上周每天下单的金额", TimeGrain.Day)]
    [InlineData("上个月每天下单的订单数", TimeGrain.Day)]
    [InlineData("上个月每周付款的人数", TimeGrain.Week)]
    [InlineData("今年每月下单的金额", TimeGrain.Month)]
    [InlineData("paid orders each day last week", TimeGrain.Day)]
    [InlineData("orders placed each week last month", TimeGrain.Week)]
    public void A_grain_word_before_a_verb_phrase_is_the_grain(string question, TimeGrain grain) =>
        Assert.Equal(grain, Query(question).Grain);

    [Theory]
    [InlineData("2025年第二季度的GMV，并与第一季度比较", "2025-04-01", "2025-07-01", "pop")]
    [InlineData("2025年第二季度的订单数，并且跟第一季度比较", "2025-04-01", "2025-07-01", "pop")]
    [InlineData("GMV for Q2 2025 versus the prior quarter", "2025-04-01", "2025-07-01", "pop")]
    [InlineData("orders in June 2025 versus the prior month", "2025-06-01", "2025-07-01", "pop")]
    public void A_base_named_in_its_own_words_after_the_asked_period_is_compared(string question, string start, string end, string compare)
    {
        var query = Query(question);
        Assert.Equal(compare == "yoy" ? Comparison.Yoy : Comparison.Pop, query.Compare);
        Assert.Equal(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)), query.TimeRange);
    }

    [Theory]
    [InlineData("2025年1月到6月每月的GMV，跟去年同期的几个月比")]
    [InlineData("monthly GMV for January to June 2025, compared with the same months of 2024")]
    [InlineData("monthly visitors for January to June 2025, compared with the same months in 2024")]
    [InlineData("monthly orders from January to June 2025 compared with the same months last year")]
    public void The_same_months_a_year_back_are_year_over_year(string question)
    {
        var query = Query(question);
        Assert.Equal(Comparison.Yoy, query.Compare);
        Assert.Equal(TimeGrain.Month, query.Grain);
        Assert.Equal(new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1)), query.TimeRange);
    }
}
