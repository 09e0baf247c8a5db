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
