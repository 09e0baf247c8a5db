using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>Questions that describe a metric instead of naming it, on the real catalog.</summary>
public class DescriptionTests
{
    [Theory]
    [InlineData("这周进了多少钱", "gmv")]
    [InlineData("上月有多少客人付过款", "paying_customers")]
    [InlineData("退掉的钱一共多少", "refund_amount")]
    [InlineData("会员这季度多了多少", "new_customers")]
    [InlineData("现在总共多少会员", "total_customers")]
    [InlineData("下单后又取消的占多少", "cancel_rate")]
    [InlineData("付款的人平均每人花了多少", "arppu")]
    [InlineData("how much did we bring in last month", "gmv")]
    [InlineData("how many shoppers actually paid last month", "paying_customers")]
    [InlineData("refunds as a percentage of revenue last quarter", "refund_rate")]
    // The named metric on top, the rest saying what it is a share of, with the share word at the end.
    [InlineData("how much did refunds take out of what customers paid last month, as a percentage", "refund_rate")]
    [InlineData("退款占了客户付款的百分之几，上个月", "refund_rate")]
    [InlineData("order value before coupons last month", "gmv_ordered")]
    [InlineData("output per employee last quarter", "revenue_per_staff")]
    [InlineData("上季度门店里人手有多少", "avg_headcount")]
    [InlineData("how many people were working in our shops last month", "avg_headcount")]
    [InlineData("上周成交单数", "paid_order_count")]
    [InlineData("昨天成交了多少", "gmv")]
    [InlineData("上礼拜接了多少预约", "appointment_count")]
    [InlineData("上周的单子", "order_count")]
    [InlineData("上个月顾客实际付的钱有多少", "gmv")]
    [InlineData("how many orders came in last week", "order_count")]
    [InlineData("上个月下过的单，不管付没付、取没取消，金额加起来多少", "gmv_ordered")]
    [InlineData("paid orders per visitor last week", "conversion_rate")]
    [InlineData("how are margins trending this year", "gross_margin")]
    [InlineData("margin dollars last month", "gross_profit")]
    [InlineData("last week的appointment数量", "appointment_count")]
    [InlineData("how much money went back to customers last month", "refund_amount")]
    [InlineData("on average, how much was paid per order last quarter", "aov")]
    [InlineData("what were our takings last week", "gmv")]
    [InlineData("order value after coupons last quarter, cancelled orders left out", "gmv_net")]
    [InlineData("order value after coupons last quarter, leaving out cancelled orders", "gmv_net")]
    [InlineData("what did we keep after product costs in Q1 2025", "gross_profit")]
    [InlineData("average spend per order last month", "aov")]
    [InlineData("last week 有多少 customer 新注册成了会员", "new_customers")]
    [InlineData("how much money did we hand back to shoppers in May 2025", "refund_amount")]
    [InlineData("上个月付过款的金卡会员平均每人花了多少", "arppu")]
    public void A_description_is_read_as_the_metric_it_describes(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }
}

/// <summary>The quantity a question asks for decides over a name that measures another quantity (issue #12, "卖了多少单").</summary>
public class AskedQuantityTests
{
    [Theory]
    [InlineData("上个月卖了多少单", "paid_order_count")]
    [InlineData("上个月卖了几单", "paid_order_count")]
    [InlineData("上个月卖了多少个订单", "paid_order_count")]
    [InlineData("上个月卖了多少件", "units_sold")]
    [InlineData("how many units did we sell last month", "units_sold")]
    [InlineData("上个月卖了多少笔订单", "paid_order_count")]
    // A bare "how much" counts nothing: the name stands.
    [InlineData("上个月销售额有多少", "gmv")]
    [InlineData("上个月营业额有多少", "gmv")]
    [InlineData("上个月订单数有多少", "order_count")]
    public void A_count_asked_for_replaces_a_name_that_sums_money(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }
}

/// <summary>A state asked of a named metric: its sibling with that state, or a clarification when the metric leaves that state out.</summary>
public class StateQualificationTests
{
    [Theory]
    [InlineData("上个月付了款的订单数", "paid_order_count")]
    [InlineData("how many orders were paid last month", "paid_order_count")]
    [InlineData("上个月有多少单", "order_count")]
    [InlineData("what share of orders got cancelled last month", "cancel_rate")]
    public void A_state_picks_the_sibling_that_has_it(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Fact]
    public void A_state_the_metric_leaves_out_is_offered_never_answered_with_the_name()
    {
        var result = FollowUpTestSupport.Understand("上个月取消的订单数");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains("cancel_rate", result.Alternatives);
    }

    [Theory]
    [InlineData("上个月顾客付了多少次款", "paid_order_count")]
    [InlineData("how many times did customers pay last month", "paid_order_count")]
    [InlineData("今年以来顾客一共付了多少笔款", "paid_order_count")]
    [InlineData("上个月客人来预约了几次", "appointment_count")]
    public void Counted_events_are_counted_whoever_did_them(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月有多少客人付过款", "paying_customers")]
    [InlineData("how many customers paid last month", "paying_customers")]
    public void Counted_people_stay_people(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
