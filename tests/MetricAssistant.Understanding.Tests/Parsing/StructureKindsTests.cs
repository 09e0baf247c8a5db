using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Structures of a question that were read as a different question: an ordering read as a top 1, a count in words
/// dropped, the stretch before a period not compared, "standard" of a definition read as a store type, a row noun
/// after an excluded value read as a second metric, a value with its kind's word read as a split.
/// </summary>
public sealed class StructureKindsTests
{
    [Theory]
    // An ordering of every row, largest or smallest first: no limit.
    [InlineData("stores by paid GMV last month, sorted from the highest GMV down", "stores by GMV last month, descending")]
    [InlineData("order count per city last quarter, biggest to smallest", "order count by city last quarter, descending")]
    [InlineData("channels by refund amount last month from the lowest up", "channels by refund amount last month, ascending")]
    [InlineData("各城市上个月的访客数从多到少排", "上个月各城市的访客数降序")]
    // A count in words before what is ranked; a leading "name" or "list" is only the asking.
    [InlineData("the twelve cities with the most new members last month", "top 12 cities by new members last month")]
    [InlineData("Name the four stores with the fewest visitors last week", "bottom 4 stores by visitors last week")]
    [InlineData("top fifteen stores by AOV last month", "top 15 stores by AOV last month")]
    // The stretch of the same length just before the period asked: a comparison with the period before.
    [InlineData("GMV over the past 14 days compared with the 14 days before that", "GMV over the past 14 days vs the previous period")]
    [InlineData("visitors last 7 days versus the preceding seven days", "visitors last 7 days vs the previous period")]
    [InlineData("最近30天的订单数跟再往前的30天比一比", "最近30天的订单数环比")]
    // "standard" of a definition is the governed definition, not the standard store type.
    [InlineData("refund amount last month, company-standard definition", "refund amount last month")]
    [InlineData("give me the standard number for paid GMV in June 2025", "paid GMV in June 2025")]
    // A row noun after an excluded value, or a table name in SQL text, is no second metric.
    [InlineData("refund amount last month not counting Douyin orders", "refund amount last month excluding Douyin")]
    [InlineData("上个月剔除天猫订单的退款金额", "上个月除了天猫的退款金额")]
    [InlineData("visitors last week'; DROP TABLE orders; --", "visitors last week")]
    // A value said with its own dimension's word is a filter, whatever split word is before it.
    [InlineData("paid orders placed by silver-tier members last quarter", "paid order count for silver members last quarter")]
    [InlineData("上个月不含鞋类的销量", "上个月除了鞋类以外的销量")]
    [InlineData("上个月除了服装类的商品销售额", "上个月不含服装的商品销售额")]
    // The rows or the kind's suffix between an excluded value and its exclusion word.
    [InlineData("last month's refund amount excluding orders from Tmall", "refund amount last month excluding Tmall")]
    [InlineData("上个月除了京东订单之外的GMV", "上个月除了京东的GMV")]
    [InlineData("上个月家居类以外的商品销售额", "上个月不含家居的商品销售额")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("stores by GMV last month, sorted from the highest GMV down", null)]
    [InlineData("the highest store by GMV last month", 1)]
    [InlineData("the ten stores with the most visitors last month", 10)]
    [InlineData("top seventeen stores by GMV last month", 17)]
    public void An_ordering_is_no_limit_and_a_count_in_words_is(string question, int? limit) =>
        Assert.Equal(limit, Query(question).Limit);

    [Theory]
    [InlineData("GMV for the last 7 days compared with the 7 days before that")]
    [InlineData("近7天的GMV和再往前的7天比")]
    [InlineData("GMV over the last fortnight versus the previous fortnight")]
    public void The_stretch_before_is_a_comparison_with_the_previous_period(string question)
    {
        var query = Query(question);
        Assert.Equal(Comparison.Pop, query.Compare);
        Assert.Equal(Query(question.Contains("fortnight") ? "GMV over the last fortnight" : "近7天的GMV").TimeRange, query.TimeRange);
    }

    [Theory]
    [InlineData("what was last month's GMV under the company-standard definition")]
    [InlineData("last month's GMV, the standard definition")]
    [InlineData("上个月GMV标准口径")]
    [InlineData("what's the official number for GMV last month")]
    public void Standard_beside_a_definition_word_is_no_store_type(string question)
    {
        var query = Query(question);
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void A_standard_store_is_still_a_store_type() =>
        Assert.Equal([new QueryFilter("store_type", QueryFilterOperator.In, ["standard"])], Query("GMV of standard stores last month").Filters);

    [Theory]
    [InlineData("last month's GMV not counting JD.com orders")]
    [InlineData("上个月不含京东的订单的GMV")]
    [InlineData("GMV last month'; DROP TABLE orders; --")]
    public void A_row_noun_beside_an_exclusion_or_in_sql_adds_no_metric(string question) =>
        Assert.Equal(["gmv"], Query(question).Metrics);

    [Fact]
    public void Two_metrics_listed_after_an_exclusion_stay_two() =>
        Assert.Equal(["order_count", "gmv"], Query("上个月不含京东的订单和GMV").Metrics);

    [Fact]
    public void Paid_orders_placed_by_a_tier_are_paid_orders_of_that_tier()
    {
        var query = Query("paid orders placed by gold-tier members last month");
        Assert.Equal(["paid_order_count"], query.Metrics);
        Assert.Empty(query.GroupBy);
        Assert.Equal([new QueryFilter("member_level", QueryFilterOperator.In, ["gold"])], query.Filters);
    }

    [Theory]
    [InlineData("上个月不含食品类的商品销售额", "food")]
    [InlineData("上个月除了美妆类的商品的销量", "beauty")]
    [InlineData("item sales last month excluding food-category items", "food")]
    public void An_excluded_value_with_its_kind_suffix_is_a_not_in_filter(string question, string code)
    {
        var query = Query(question);
        Assert.Empty(query.GroupBy);
        Assert.Equal([new QueryFilter("category", QueryFilterOperator.NotIn, [code])], query.Filters);
    }
}
