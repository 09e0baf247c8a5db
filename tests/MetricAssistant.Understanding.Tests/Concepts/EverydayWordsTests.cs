using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>Everyday words for a metric's parts: browsing, cancelling, a slice of a named amount, an amount per unit, a margin.</summary>
public class EverydayWordsTests
{
    [Theory]
    // Browsing is visiting, whether they bought or not.
    [InlineData("how many people browsed our stores last week, buyers or not", "visitors")]
    [InlineData("how many shoppers were browsing last month", "visitors")]
    [InlineData("上周来逛的人有多少", "visitors")]
    [InlineData("上个月逛店的人数", "visitors")]
    // 撤销 / 作废 / 撤回 are cancelling.
    [InlineData("下了单又撤销的占比", "cancel_rate")]
    [InlineData("上个月作废的订单比例", "cancel_rate")]
    [InlineData("撤回的订单占多少", "cancel_rate")]
    [InlineData("what share of orders got voided last month", "cancel_rate")]
    // A slice of a named amount is the ratio of the two.
    [InlineData("what slice of GMV went back out as refunds last month", "refund_rate")]
    [InlineData("what chunk of revenue was handed back as refunds", "refund_rate")]
    [InlineData("GMV里有多大一块退掉了", "refund_rate")]
    [InlineData("上个月销售额有多大一部分退款了", "refund_rate")]
    // A named amount per a counted unit is the governed ratio.
    [InlineData("GMV per paid order last month", "aov")]
    [InlineData("每个付款客户的GMV", "arppu")]
    [InlineData("sales per paying customer in June", "arppu")]
    [InlineData("每位买了单的顾客平均给我们贡献多少钱", "arppu")]
    [InlineData("平均每单顾客花多少", "aov")]
    // A margin described.
    [InlineData("扣掉成本后还剩几成", "gross_margin")]
    [InlineData("扣掉成本后剩下的钱有多少", "gross_profit")]
    [InlineData("what share of item revenue did we keep after product cost last month", "gross_margin")]
    [InlineData("what share of revenue did we keep after cost last quarter", "gross_margin")]
    [InlineData("商品销售额里扣掉成本后留下的占几成", "gross_margin")]
    // An appointment purchase without the 7-day window is the appointment conversion.
    [InlineData("约了到店服务的人里最后真的买了东西的比例", "appointment_conversion_rate")]
    [InlineData("what share of people who booked ended up buying", "appointment_conversion_rate")]
    public void An_everyday_description_is_read_as_its_metric(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Theory]
    // "GMV per store" has no governed ratio: the name stands, split by store.
    [InlineData("GMV per store last month", "gmv")]
    public void A_named_amount_per_a_unit_without_a_ratio_keeps_its_name(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Theory]
    // A ratio named whole keeps its own unit: 人均 inside 人均产出 is per staff, not per customer.
    [InlineData("上个月人均产出", "revenue_per_staff")]
    [InlineData("门店员工的人均产出", "revenue_per_staff")]
    [InlineData("revenue per employee last month", "revenue_per_staff")]
    public void A_ratio_named_whole_keeps_its_own_unit(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_share_of_a_named_amount_describing_no_ratio_part_is_still_not_found()
    {
        // "came from Tmall" describes no ratio's own part: no governed share answers it.
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand("what share of GMV came from tmall last month").Outcome);
    }

    [Theory]
    [InlineData("which cities got the most sales out of each member of store staff last quarter")]
    public void Store_before_staff_says_whose_staff_not_a_split(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(["revenue_per_staff"], result.Query!.Metrics);
        Assert.Equal(["city"], result.Query!.GroupBy);
    }

    [Theory]
    // The window said, the 7-day metrics answer.
    [InlineData("上个月预约后7天内买了东西的客户占比", "appointment_purchase_rate")]
    [InlineData("what share of customers who booked bought within 7 days last month", "appointment_purchase_rate")]
    [InlineData("上个月预约后7天内买了东西的人数", "appointment_buyers")]
    public void An_appointment_purchase_with_its_window_is_the_conversion(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("约了的人里最后真的买了东西的比例")]
    [InlineData("预约的人里最后买了东西的比例")]
    public void An_appointment_purchase_without_its_window_is_not_the_7_day_rate(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.NotEqual(["appointment_purchase_rate"], result.Query?.Metrics ?? []);
    }
}
