using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The parts of a question that are not its metric, said the way business users say them (issue #12):
/// each colloquial wording runs the query of its textbook wording.
/// </summary>
public sealed class ColloquialStructureTests
{
    [Theory]
    // Splits
    [InlineData("上个月每家店的GMV", "上个月各门店的GMV")]
    [InlineData("上个月各个大区的GMV", "上个月各区域的GMV")]
    [InlineData("上个月销量分品类拆一下", "上个月各品类的销量")]
    [InlineData("GMV for each of our channels last month", "GMV by channel last month")]
    [InlineData("GMV broken down by sales channel last month", "GMV by channel last month")]
    // A total over a whole set is no split
    [InlineData("上个月所有门店加起来的GMV是多少", "上个月的GMV")]
    [InlineData("Total GMV across all stores last month", "GMV last month")]
    [InlineData("GMV last month, all channels combined, by region", "GMV by region last month")]
    // The place where, or the whole set counted together, is no split either
    [InlineData("上个季度店里平均有多少员工在岗", "上个季度的平均在岗人数")]
    [InlineData("上个月来店的访客有多少", "上个月的访客数")]
    [InlineData("昨天的访客数，线上线下都算", "昨天的访客数")]
    [InlineData("average headcount across the stores last quarter", "average headcount last quarter")]
    [InlineData("how did GMV vary across channels last month", "GMV by channel last month")]
    // Kinds in the plural after a bare "across" are looked at one by one; an average or total across them is the whole set
    [InlineData("show me appointment conversion across store types last month", "appointment conversion by store type last month")]
    [InlineData("GMV across regions last month", "GMV by region last month")]
    [InlineData("average headcount across stores last quarter", "average headcount last quarter")]
    // A value before the set's word says which part of the set: "across East China stores" is East China's total
    [InlineData("average headcount across East China stores in Q1", "East China average headcount in Q1")]
    [InlineData("GMV across all Shanghai stores last month", "Shanghai GMV last month")]
    // A metric ruled out is not asked; one added to another is
    [InlineData("上个月的毛利，不要毛利额，要毛利率", "上个月的毛利率")]
    [InlineData("refund rate last month, not the refund amount", "refund rate last month")]
    [InlineData("除了订单数还有GMV，上个月的", "上个月的订单数和GMV")]
    // A metric's name that only states what is taken out of another, or which one is meant, is not asked
    [InlineData("上个月的下单金额，但是要剔除取消的订单", "上个月的下单金额")]
    [InlineData("上个月转化率，不是预约那个，是访客的", "上个月的转化率")]
    [InlineData("只算已支付订单的销售额，上个月多少", "上个月的GMV")]
    [InlineData("discounts on paid orders last month", "discounts last month")]
    [InlineData("units sold across all paid orders last week", "units sold last week")]
    [InlineData("上个月付过款的订单里各品类商品行金额是多少", "上个月各品类的商品成交额")]
    // A list counted out is asked value by value; summed, it is one total
    [InlineData("华东、华北、华南三个区上个月的订单数", "上个月华东、华北、华南各区域的订单数")]
    [InlineData("天猫、京东两个渠道加起来上个月的GMV", "上个月天猫和京东的GMV")]
    // A ranking ranks the one dimension named, though it qualifies a value
    [InlineData("worst online channel by cancellation rate last month", "the online channel with the highest cancellation rate last month")]
    // Listed values compared without a comparison word, or naming every value of their dimension, are asked one by one
    [InlineData("上个月北京和上海的客单价哪个高", "上个月北京和上海的客单价对比")]
    [InlineData("How many paid orders did JD and Tmall each do last week?", "paid orders of JD vs Tmall last week")]
    [InlineData("上个月线上和线下的订单数", "上个月按线上线下的订单数")]
    // A count phrase of the second name leaves the first asked; one right after a money name asks its value
    [InlineData("GMV last month, and how many paying customers", "GMV and paying customers last month")]
    [InlineData("上个月成交额有多少", "上个月的GMV")]
    // A one-character term that only starts a longer word is that word's: 店员 is staff
    [InlineData("上个月平均每个店员撑起了多少成交额", "上个月的人效")]
    // Comparison words inside a metric's own name ask for no comparison, with or without a period
    [InlineData("GMV同比增速", "上个月GMV同比增速")]
    // Values
    [InlineData("上个月东边的GMV", "上个月华东的GMV")]
    [InlineData("上个月南方的订单数", "上个月华南的订单数")]
    [InlineData("GMV in the eastern region last month", "GMV in East China last month")]
    // Rankings
    [InlineData("上个月GMV排在最后的三家店", "上个月GMV最差的3家门店")]
    [InlineData("上个月GMV排名后三的区域", "上个月GMV最低的3个区域")]
    [InlineData("上个月GMV后三名的区域", "上个月GMV最低的3个区域")]
    [InlineData("上个月GMV倒数前二的区域", "上个月GMV最低的2个区域")]
    [InlineData("the worst-performing 3 stores by GMV last month", "the 3 worst stores by GMV last month")]
    [InlineData("which stores are lagging on GMV last month", "underperforming stores by GMV last month")]
    [InlineData("上个月GMV拖后腿的门店", "underperforming stores by GMV last month")]
    [InlineData("上个月GMV排名靠后的门店", "underperforming stores by GMV last month")]
    // Grain and comparison
    [InlineData("今年GMV一个月一个月地看", "今年按月的GMV")]
    [InlineData("GMV week on week last month", "GMV last month vs previous period")]
    public void A_colloquial_wording_runs_the_query_of_its_textbook_wording(string colloquial, string textbook) =>
        Assert.Equal(Query(textbook), Query(colloquial));

    [Theory]
    // A time reading never takes the first characters of a catalog term: 这礼拜 + 天猫, not 礼拜天 (Sunday) + 猫.
    [InlineData("这礼拜天猫的订单数", "本周天猫的订单数")]
    [InlineData("这周天猫的GMV", "本周天猫的GMV")]
    public void A_time_word_does_not_cut_into_a_value(string colloquial, string textbook) =>
        Assert.Equal(Query(textbook), Query(colloquial));

    [Theory]
    [InlineData("refund rate by channel last month, worst channels first")]
    [InlineData("refund rate by channel last month, worst first")]
    public void Worst_things_first_ranks_every_row_from_the_bad_end(string question)
    {
        // refund rate is better lower: its worst channels are the highest
        var query = Query(question);
        Assert.Equal([new QueryOrder("refund_rate", true)], query.Ordering);
        Assert.Null(query.Limit);
    }

    [Theory]
    [InlineData("2024 每个 quarter 的 avg headcount, 按 region 分", TimeGrain.Quarter)]
    [InlineData("每个month的GMV 2025", TimeGrain.Month)]
    public void A_grain_in_english_after_a_chinese_each_is_a_grain(string question, TimeGrain grain) =>
        Assert.Equal(grain, Query(question).Grain);

    [Theory]
    [InlineData("上个月各门店GMV从低到高", false)]
    [InlineData("GMV by store last month, lowest first", false)]
    [InlineData("GMV by store last month in ascending order", false)]
    [InlineData("上个月各门店GMV从高到低排", true)]
    [InlineData("GMV by store last month, highest GMV first", true)]
    public void An_order_without_a_number_ranks_every_row(string question, bool desc)
    {
        var query = Query(question);
        Assert.Equal([new QueryOrder("gmv", desc)], query.Ordering);
        Assert.Null(query.Limit);
    }

    [Theory]
    // "后" before a number of time units is a time, not the last N; "之后" / "落后" are no ranking either.
    [InlineData("后三个月")]
    [InlineData("之后3天")]
    [InlineData("最后3周")]
    public void After_a_time_unit_is_no_ranking(string text) => Assert.Null(RankingDetector.Detect(text));

    [Theory]
    [InlineData("gmv day on day")]
    [InlineData("gmv week-on-week")]
    public void A_period_on_period_word_is_a_comparison_not_a_grain(string text)
    {
        Assert.Null(GrainDetector.Detect(text).Grain);
        Assert.Equal(Comparison.Pop, ComparisonDetector.Detect(text).Compare);
    }

    [Theory]
    // An exclusion of everything but the value keeps the value.
    [InlineData("上个月除了天猫其他渠道都不要的GMV", "上个月天猫的GMV")]
    [InlineData("GMV last month, nothing but Tmall", "GMV on Tmall last month")]
    // An exclusion alone still excludes.
    [InlineData("上个月除了天猫的GMV", "GMV excluding Tmall last month")]
    [InlineData("GMV last month, all but Tmall", "GMV excluding Tmall last month")]
    public void An_exclusion_of_the_rest_keeps_the_value(string question, string meaning) =>
        Assert.Equal(Query(meaning), Query(question));
}
