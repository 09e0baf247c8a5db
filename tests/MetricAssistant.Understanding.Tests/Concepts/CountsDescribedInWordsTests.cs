using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Counts of orders, people, appointments and staff described in everyday words: a state the metric's own rows leave out,
/// said left out with words pointing back at those rows ("取消了的那些莫算"), confirms the count, not a rate of that state;
/// orders said by other nouns (checkouts, purchases placed, settled orders); people counted once each (人头, 只算一个); an
/// amount per order; staff said loosely (号人干活, 一个店员摊到几钿生意); appointments said as 约起来 / 订了时间.
/// </summary>
public sealed class CountsDescribedInWordsTests
{
    [Theory]
    [InlineData("上个礼拜一共下了多少单？取消了的那些莫算", "order_count")]
    [InlineData("上个月下了几张单，取消了那些不要算", "order_count")]
    [InlineData("上個月落咗幾多張單？取消咗嗰啲唔計", "order_count")]
    [InlineData("上周约了多少个，取消了的那些不算", "appointment_count")]
    [InlineData("上個禮拜有幾多個客訂咗時間嚟做服務？取消咗嘅唔計", "appointment_count")]
    [InlineData("how many service slots did customers reserve in June, excluding those cancelled", "appointment_count")]
    public void A_left_out_state_the_count_leaves_out_confirms_it(string question, string metric) => Answered(question, metric);

    [Theory]
    [InlineData("how many checkouts last week", "order_count")]
    [InlineData("how many purchases got placed last month", "order_count")]
    [InlineData("settled orders, count, last month", "paid_order_count")]
    [InlineData("how many customers purchased last month", "paying_customers")]
    public void Orders_said_by_other_nouns_are_orders(string question, string metric) => Answered(question, metric);

    [Theory]
    [InlineData("上个月掏过钞票个人头有几个？一个人买几趟也只算一个", "paying_customers")]
    [InlineData("上个月掏过钞票的人头有多少，一个人买几次也只算一个", "paying_customers")]
    public void People_counted_once_who_paid_are_paying_customers(string question, string metric) => Answered(question, metric);

    [Theory]
    [InlineData("Average paid per order, Q2", "aov")]
    [InlineData("what does a customer pay on average for one order", "aov")]
    [InlineData("今年以嚟每張俾咗錢嘅單平均幾多錢", "aov")]
    [InlineData("上个月每张付了钱的单平均多少钱", "aov")]
    public void An_amount_per_order_is_the_average_order_value(string question, string metric) => Answered(question, metric);

    [Theory]
    [InlineData("去年咱店里平均有多少号人干活", "avg_headcount")]
    [InlineData("上个季度平均有多少人在店里干活", "avg_headcount")]
    [InlineData("一个店员摊到几钿生意", "revenue_per_staff")]
    [InlineData("上个月一个员工摊下来多少钱生意", "revenue_per_staff")]
    public void Staff_said_loosely_are_staff(string question, string metric) => Answered(question, metric);

    [Theory]
    [InlineData("上礼拜约起来到店的那些人，有好大比例最后掏钱买了东西", "appointment_conversion_rate")]
    public void Booked_visits_ending_in_a_purchase_are_the_appointment_conversion(string question, string metric)
    {
        var query = Answered(question, metric);
        Assert.Empty(query.Filters);
    }

    private static SemanticQuery Answered(string question, string metric)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"{result.Outcome}: {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
        return result.Query;
    }
}
