using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Kinds of figure no demo metric measures: a duration (多久, 几天, how long, lead time), a rating (评分, 好评, star rating), a cost
/// of a thing the warehouse does not hold (物流成本, shipping costs), a rate or cost of words no reader knows (跳出率, "bounce
/// rate", "software costs"). Asked, they are not found, the words named, never an average, count or GMV answered instead.
/// </summary>
public class UngovernedMeasureKindTests
{
    [Theory]
    [InlineData("平均多久发货")]
    [InlineData("订单平均几天到货")]
    [InlineData("客户下单后多长时间能收到货")]
    [InlineData("how long does delivery take on average")]
    [InlineData("how many days does it take to ship an order")]
    [InlineData("average lead time for orders last month")]
    [InlineData("上个月Tmall订单平均几天发货")]
    [InlineData("refunds平均多久到账")]
    public void A_duration_is_not_found(string question) => AssertNotFound(question);

    [Theory]
    [InlineData("average star rating of products")]
    [InlineData("商品好评率")]
    [InlineData("上个月商品评分多少")]
    [InlineData("what was our review score in June")]
    [InlineData("各门店的满意度")]
    [InlineData("products的平均评分")]
    public void A_rating_is_not_found(string question) => AssertNotFound(question);

    [Theory]
    [InlineData("物流成本")]
    [InlineData("上个月运费一共多少")]
    [InlineData("shipping costs last month")]
    [InlineData("how much did we pay in delivery fees")]
    [InlineData("software costs last quarter")]
    [InlineData("仓库租赁成本")]
    [InlineData("上季度快递费")]
    public void A_cost_of_an_unmodelled_thing_is_not_found(string question) => AssertNotFound(question);

    [Theory]
    [InlineData("net margin for June")]
    [InlineData("operating margin last month")]
    [InlineData("what was our operating profit in Q2")]
    [InlineData("EBITDA last quarter")]
    [InlineData("上个月营业利润多少")]
    [InlineData("上季度净利率")]
    public void A_bottom_line_figure_is_not_the_gross_one(string question) => AssertNotFound(question);

    [Theory]
    [InlineData("net margin for June", "gross_margin")]
    [InlineData("operating profit last month", "gross_profit")]
    [InlineData("上个月营业利润多少", "gross_profit")]
    public void A_bottom_line_figure_offers_the_gross_one(string question, string nearest) =>
        Assert.Contains(nearest, FollowUpTestSupport.Understand(question).Alternatives);

    [Theory]
    [InlineData("跳出率")]
    [InlineData("上个月的动销率")]
    [InlineData("bounce rate on the app")]
    [InlineData("email open rate")]
    [InlineData("GMV达成率")]
    public void A_rate_of_unread_words_is_not_found(string question) => AssertNotFound(question);

    [Theory]
    // A shape alone relates nothing: no average metric is offered for a duration.
    [InlineData("平均多久发货")]
    [InlineData("how long does delivery take on average")]
    // The cost's head word (成本 is also gross profit's) is no relation either.
    [InlineData("仓库租赁成本")]
    [InlineData("bounce rate on the app")]
    // Money and a state say what kind of figure, not of what: no paid orders or GMV for a fee the company pays.
    [InlineData("how much did we pay in delivery fees")]
    public void Nothing_unrelated_is_offered(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Empty(result.Alternatives);
    }

    [Theory]
    [InlineData("average star rating of products", "item_sales")]
    [InlineData("订单平均几天到货", "order_count")]
    public void A_subject_said_offers_its_metrics(string question, string metric) =>
        Assert.Contains(metric, FollowUpTestSupport.Understand(question).Alternatives);

    [Theory]
    [InlineData("平均每单多少钱", "aov")]
    [InlineData("人均消费", "arppu")]
    [InlineData("spend per paying customer", "arppu")]
    [InlineData("how much did customers spend", "gmv")]
    [InlineData("会员这季度多了多少", "new_customers")]
    [InlineData("多久以前的GMV", "gmv")]
    [InlineData("最近几天的GMV", "gmv")]
    [InlineData("过去7天的订单数", "order_count")]
    [InlineData("GMV over the last few days", "gmv")]
    [InlineData("上个月平均每天多少订单", "order_count")]
    [InlineData("上个月的退款率", "refund_rate")]
    [InlineData("取消率", "cancel_rate")]
    [InlineData("conversion rate by channel", "conversion_rate")]
    [InlineData("conversoin rate last month", "conversion_rate")]
    [InlineData("上个月商品成本", "gross_profit")]
    [InlineData("what did we keep after product costs in Q1 2025", "gross_profit")]
    [InlineData("上个月人均花了多少", "arppu")]
    // A cost taken off what was earned is the margin's own cost of goods.
    [InlineData("上个月刨掉进货成本挣了多少", "gross_profit")]
    [InlineData("上个月减掉成本后赚了多少", "gross_profit")]
    [InlineData("what did we make last month above what the products cost", "gross_profit")]
    [InlineData("how much did we make on products last quarter once you subtract what they cost", "gross_profit")]
    public void Governed_figures_still_answer(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} {string.Join(",", result.Alternatives)}");
        Assert.Equal([metric], result.Query!.Metrics);
    }

    [Fact]
    public void A_vague_few_days_is_asked_back_not_read_as_a_duration()
    {
        var result = FollowUpTestSupport.Understand("这几天天猫的订单数");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Contains(result.Notices, n => n is VaguePeriod);
    }

    [Fact]
    public void A_duration_in_a_clause_of_its_own_is_named_beside_the_answer()
    {
        var result = FollowUpTestSupport.Understand("上个月的GMV，另外平均几天发货");
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["gmv"], result.Query!.Metrics);
        Assert.Contains(result.Notices, n => n is NotInCatalog);
    }

    private static void AssertNotFound(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.NotFound, $"'{question}': {result.Outcome} {string.Join(",", result.Query?.Metrics ?? [])} {string.Join(",", result.Alternatives)}");
    }
}
