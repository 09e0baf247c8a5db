using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Words that leave two governed metrics open are asked back with both (whose head, amount or rate, came or paid);
/// words that name one are answered with it; a word spelt right is never a metric name typed wrong.
/// </summary>
public class UnsaidWhoseOrWhichTests
{
    [Theory]
    [InlineData("上季度人均营业额")]
    [InlineData("上个月人均销售额是多少")]
    [InlineData("revenue per head last quarter")]
    [InlineData("sales per capita by region")]
    public void Takings_per_head_of_no_one_said_ask_whose_head(string question) =>
        AssertOffered(question, "arppu", "revenue_per_staff");

    [Theory]
    [InlineData("上个月每个员工的营业额", "revenue_per_staff")]
    [InlineData("revenue per head of store staff in the first quarter", "revenue_per_staff")]
    [InlineData("sales per head among our employees last month", "revenue_per_staff")]
    [InlineData("上个月员工人均销售额", "revenue_per_staff")]
    [InlineData("revenue per employee last quarter", "revenue_per_staff")]
    [InlineData("上个月平均每人花了多少", "arppu")]
    [InlineData("spend per head last month", "arppu")]
    public void Heads_said_or_spending_answer_one(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how profitable were we last quarter")]
    [InlineData("profitability in June")]
    [InlineData("上个月赚钱能力怎么样")]
    [InlineData("上季度盈利水平如何")]
    public void A_degree_of_profitability_asks_amount_or_rate(string question) =>
        AssertOffered(question, "gross_profit", "gross_margin");

    [Theory]
    [InlineData("上个月毛利多少", "gross_profit")]
    [InlineData("gross profit last month", "gross_profit")]
    [InlineData("上季度毛利率", "gross_margin")]
    public void Profit_or_margin_said_stays_that_one(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how many shoppers came to JD last month")]
    [InlineData("how many shoppers last week")]
    [InlineData("上个月京东来了多少顾客")]
    [InlineData("上个月有多少顾客")]
    public void Shoppers_with_no_state_ask_visitors_or_payers(string question) =>
        AssertOffered(question, "visitors", "paying_customers");

    // 顾客 may be members as much as payers or visitors: every count of customers stays offered
    [Theory]
    [InlineData("上个月华南的顾客数量")]
    [InlineData("今年有多少顾客")]
    public void Shoppers_alone_keep_every_count_of_customers_offered(string question)
    {
        AssertOffered(question, "visitors", "paying_customers");
        AssertOffered(question, "new_customers", "total_customers");
    }

    [Theory]
    [InlineData("how many shoppers paid last month", "paying_customers")]
    [InlineData("how many shoppers visited last week", "visitors")]
    [InlineData("shoppers who browsed Tmall last week", "visitors")]
    public void Shoppers_with_a_state_are_that_state(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("how bad were refunds on Tmall last month")]
    [InlineData("how serious were refunds in June")]
    // Said both ways (严不严重) the question word is still the question word, not a state asked "whether"
    [InlineData("上个月退款严不严重")]
    [InlineData("天猫退款问题大不大")]
    public void An_evaluative_word_asks_amount_or_rate(string question) =>
        AssertOffered(question, "refund_amount", "refund_rate");

    [Theory]
    [InlineData("how's membership looking")]
    [InlineData("how is membership looking this month")]
    public void A_word_spelt_right_is_no_typo(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.DoesNotContain("appointment_count", result.Alternatives);
    }

    [Theory]
    [InlineData("上个月在职员工有多少", false)]
    [InlineData("门店在岗多少人", false)]
    [InlineData("how many people staffed our stores last quarter", false)]
    [InlineData("上季度末在职多少人", true)]
    public void Staff_on_duty_is_headcount(string question, bool atEnd)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["avg_headcount"], query.Metrics);
        Assert.Empty(query.Filters);
        Assert.Equal(atEnd ? MetricAssistant.QueryModel.ValueAt.PeriodEnd : null, query.At);
    }

    private static void AssertOffered(string question, string first, string second)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(first, result.Alternatives);
        Assert.Contains(second, result.Alternatives);
    }
}
