using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// What a described question counts or builds: orders counted are no count of the people who placed them; a share of a
/// named amount over another named amount of the same kind is the governed share with the first on top.
/// </summary>
public class CountedThingTests
{
    [Theory]
    [InlineData("上个月客人下了多少单，不管付没付", "order_count")]
    [InlineData("上个月顾客付了多少单", "paid_order_count")]
    [InlineData("how many orders did shoppers place last month", "order_count")]
    [InlineData("上个月有多少人付了款", "paying_customers")]
    public void Orders_counted_whoever_placed_them(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many unique shoppers paid for at least one order in May")]
    [InlineData("how many people paid for an order last month")]
    [InlineData("how many customers paid for their orders last week")]
    [InlineData("上个月多少人付款下单")]
    [InlineData("上周多少客户付了款下了单")]
    public void People_counted_before_what_they_did_are_asked(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many people placed orders last month")]
    [InlineData("上个月有几个人下了单")]
    public void People_who_only_placed_orders_are_asked_back_with_the_payers(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.NotEqual(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.DoesNotContain(result.Query?.Metrics ?? [], m => m is "paid_order_count");
    }

    [Theory]
    [InlineData("上个月收入减掉进货成本是多少")]
    [InlineData("revenue minus cost of goods last month")]
    [InlineData("上季度销售额扣掉成本剩多少")]
    [InlineData("what was left of sales after product cost in June")]
    public void A_named_amount_less_its_cost_is_profit(string question) =>
        Assert.Equal(["gross_profit"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月付款订单里，各品类的商品按数量乘以单价合计是多少", "item_sales")]
    [InlineData("sum of qty x price over paid order lines in April", "item_sales")]
    [InlineData("上个月订单下单时的原始金额，coupon 前的", "gmv_ordered")]
    [InlineData("how much did we make over product cost on paid orders in 2024", "gross_profit")]
    [InlineData("how many people did the stores employ on average last year", "avg_headcount")]
    public void Amounts_described_by_how_they_are_made(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("GMV after coupons last month", "gmv_net")]
    [InlineData("上个月GMV，别按付款算，也别扣优惠券", "gmv_ordered")]
    public void A_kind_of_money_of_the_named_family_names_a_variant(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_count_word_before_a_people_name_still_counts_people() =>
        Assert.Equal(["gmv", "paying_customers"], FollowUpTestSupport.Query("GMV last month, and how many paying customers").Metrics);

    [Theory]
    [InlineData("上个月商品毛利占销售额的比例")]
    [InlineData("gross profit as a share of sales last month")]
    public void Profit_as_a_share_of_sales_is_gross_margin(string question) =>
        Assert.Equal(["gross_margin"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("what did the typical paid order come to last month", "aov")]
    [InlineData("how much money did shoppers actually hand over last month", "gmv")]
    [InlineData("how many people came through the stores last month", "visitors")]
    public void Everyday_words_for_an_average_payment_and_visits(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how much revenue does each store employee bring in on average last year")]
    [InlineData("revenue per store employee last year")]
    [InlineData("每个门店员工平均带来多少收入，去年")]
    public void A_dimension_word_before_staff_says_whose_they_are(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["revenue_per_staff"], query.Metrics);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("Monthly units sold in Q4 2024", "units_sold")]
    [InlineData("how much did we earn on items sold after product cost in March 2025", "gross_profit")]
    public void Units_a_metric_names_are_no_units_of_another_subject(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_metrics_own_name_with_an_overview_word_stays_answered() =>
        Assert.Equal(["order_count"], FollowUpTestSupport.Query("今年上半年，订单数方面拖后腿的城市有哪些？").Metrics);

    [Fact]
    public void A_rate_asked_about_in_general_is_a_near_miss_among_the_rates()
    {
        var result = FollowUpTestSupport.Understand("what did the rate look like last month");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("conversion_rate", result.Alternatives);
    }
}
