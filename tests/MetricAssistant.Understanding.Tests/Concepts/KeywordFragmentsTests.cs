using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A question typed as fragments, the way a search box is used ("上月 订单 未取消 数量", "appointments not cancelled count"):
/// what is counted, its state and the measure, with no grammar, are one description. A state that is the metric's own rows
/// (orders not cancelled, paid orders' money) confirms it; the thing word before a measure word names rows, not a second
/// metric; a state no metric has still refuses or asks back.
/// </summary>
public sealed class KeywordFragmentsTests
{
    [Theory]
    [InlineData("上月 订单 未取消 数量", "order_count")]
    [InlineData("上月 订单,未取消,数量", "order_count")]
    [InlineData("订单 没取消 个数 上周", "order_count")]
    [InlineData("上月 预约 未取消 数量", "appointment_count")]
    [InlineData("预约，没有取消，数量，本月", "appointment_count")]
    [InlineData("last month appointments not cancelled count", "appointment_count")]
    [InlineData("orders not cancelled count last week", "order_count")]
    [InlineData("bookings never cancelled count june", "appointment_count")]
    [InlineData("上月 订单 已支付 金额", "gmv")]
    [InlineData("订单 支付金额 上周", "gmv")]
    [InlineData("last month orders paid amount", "gmv")]
    [InlineData("上月 订单 已支付 数量", "paid_order_count")]
    [InlineData("paid orders count last week", "paid_order_count")]
    [InlineData("退款 金额 上周", "refund_amount")]
    [InlineData("会员 新增 人数 本月", "new_customers")]
    [InlineData("订单 取消 比例 上季度", "cancel_rate")]
    [InlineData("visitors sum june", "visitors")]
    public void The_fragments_are_one_description(string question, string metric)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Theory]
    [InlineData("上月 订单 已取消 金额")]
    [InlineData("last month orders cancelled amount")]
    [InlineData("上月 订单 已取消 数量")]
    [InlineData("last month orders never paid count")]
    public void A_state_no_metric_counts_is_not_answered(string question)
    {
        var result = Understand(question);
        Assert.NotEqual(UnderstandingOutcome.Query, result.Outcome);
        Assert.DoesNotContain("paid_order_count", result.Outcome == UnderstandingOutcome.Clarify ? result.Alternatives : []);
    }

    [Theory]
    // A quantity word after another figure, a comma between, lists a second figure (units), never a count of it.
    [InlineData("销售额，数量 上月", "units_sold")]
    [InlineData("上月 订单 数量", "order_count")]
    public void A_quantity_word_without_states_between_is_read_as_before(string question, string metric) =>
        Assert.Contains(metric, Query(question).Metrics);
}
