using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Questions too broad for one metric are asked back with every plausible one: a subject or a state asked about in general,
/// a sale counted with nothing counted, customers coming in, a share lost or a success rate of nothing named.
/// </summary>
public class BroadQuestionTests
{
    [Theory]
    [InlineData("员工那块儿最近怎么样", "avg_headcount", "revenue_per_staff")]
    [InlineData("上个月预约那边咋样", "appointment_count", "appointment_conversion_rate")]
    [InlineData("上季度退款那一块如何", "refund_amount", "refund_rate")]
    [InlineData("how are things on the staff side this quarter", "avg_headcount", "revenue_per_staff")]
    [InlineData("how did we do on refunds in May", "refund_amount", "refund_rate")]
    [InlineData("bookings wise, how did we do last month", "appointment_count", "appointment_conversion_rate")]
    [InlineData("how are things with members this month", "new_customers", "total_customers")]
    public void A_subject_asked_about_casually_is_asked_back(string question, string first, string second) =>
        AssertOffers(question, first, second);

    [Theory]
    [InlineData("上个月订单数方面怎么样", "order_count")]
    [InlineData("上个月GMV那块儿怎么样", "gmv")]
    public void A_quantity_named_with_the_overview_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    // A question back with one choice is that choice (the ask service answers it): total settles which membership figure.
    [Theory]
    [InlineData("what did total membership look like at the end of last quarter")]
    public void A_shape_said_with_the_overview_settles_it(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(["total_customers"], result.Outcome == UnderstandingOutcome.Query ? result.Query!.Metrics : result.Alternatives);
    }

    [Theory]
    [InlineData("上周付款情况")]
    [InlineData("how did payments look last month")]
    [InlineData("上个月付款那块怎么样")]
    public void A_state_in_general_offers_one_metric_per_thing_measured(string question)
    {
        var result = AssertOffers(question, "gmv", "paid_order_count", "paying_customers");
        // One money metric, not the definitions of one amount side by side.
        Assert.DoesNotContain("gmv_net", result.Alternatives);
        Assert.DoesNotContain("gmv_ordered", result.Alternatives);
    }

    [Theory]
    [InlineData("上个月退货情况")]
    [InlineData("how did returns look last quarter")]
    public void A_state_with_one_thing_measured_offers_its_rate_too(string question) =>
        AssertOffers(question, "refund_amount", "refund_rate");

    [Theory]
    [InlineData("how many did we sell last week")]
    [InlineData("前天卖出去多少")]
    public void A_sale_counted_with_nothing_counted_is_asked_back(string question)
    {
        var result = AssertOffers(question, "units_sold", "paid_order_count");
        Assert.DoesNotContain("paying_customers", result.Alternatives);
    }

    [Theory]
    [InlineData("上周卖了多少钱", "gmv")]
    [InlineData("上周卖了多少件", "units_sold")]
    [InlineData("上周卖了多少单", "paid_order_count")]
    [InlineData("how many units did we sell last week", "units_sold")]
    public void A_sale_saying_what_is_counted_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many customers came through last week")]
    [InlineData("how many shoppers walked in yesterday")]
    [InlineData("上周多少客人进了店")]
    [InlineData("昨天有多少顾客来店")]
    public void Customers_coming_in_may_be_visitors_or_buyers(string question)
    {
        var result = AssertOffers(question, "visitors", "paying_customers");
        Assert.Equal("visitors", result.Alternatives[0]);
    }

    [Theory]
    [InlineData("how many people came into the stores last week")]
    [InlineData("上周多少人进了店")]
    [InlineData("how many shoppers were browsing last month")]
    public void People_coming_into_the_stores_are_visitors(string question) =>
        Assert.Equal(["visitors"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("what was our hit rate last month", "conversion_rate", "appointment_conversion_rate")]
    [InlineData("上个月成功率多少", "conversion_rate", "appointment_conversion_rate")]
    [InlineData("what percentage did we lose last month", "refund_rate", "cancel_rate")]
    [InlineData("上个月流失了百分之多少", "refund_rate", "cancel_rate")]
    public void A_vague_rate_is_asked_among_the_rates_it_can_mean(string question, string first, string second) =>
        AssertOffers(question, first, second);

    [Theory]
    [InlineData("what was the bounce rate last month")]
    [InlineData("上个月流失率")]
    [InlineData("churn last month")]
    [InlineData("上季度会员流失了百分之多少")]
    [InlineData("what share of customers did we lose last quarter")]
    public void A_rate_the_catalog_lacks_stays_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, FollowUpTestSupport.Understand(question).Outcome);

    private static UnderstandingResult AssertOffers(string question, params string[] metrics)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Clarify, $"'{question}': {result.Outcome} {string.Join(",", result.Query?.Metrics ?? [])}");
        foreach (var metric in metrics) Assert.Contains(metric, result.Alternatives);
        return result;
    }
}
