using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Tests.FollowUp;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// How a metric is computed, said instead of its name: a written formula (A/B, A÷B, "A over B", A减B, "A minus B") is the
/// governed ratio or difference of its sides; a rate over a round number ("每100个…里有几个", "out of every 50 …", "for each
/// 1000 yuan of …") is the governed share, never the two counts side by side; "each X" is the amount per X.
/// </summary>
public class FormulaTests
{
    private static readonly ConceptReader Reader = new(TestRepository.Catalog, ConceptVocabulary.Default);

    [Theory]
    [InlineData("上季度（营业额-商品成本）/营业额", "gross_margin")]
    [InlineData("(sales − product cost) ÷ sales for Q1 2025", "gross_margin")]
    [InlineData("上个月退货的钱/成交额", "refund_rate")]
    [InlineData("refunded amount over GMV for May", "refund_rate")]
    [InlineData("支付订单数÷访客数 上个月", "conversion_rate")]
    [InlineData("paid orders over visitors in June", "conversion_rate")]
    [InlineData("上个月成交额/付款订单数", "aov")]
    public void A_quotient_sign_between_two_quantities_is_their_governed_ratio(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月营业额减商品成本", "gross_profit")]
    [InlineData("去年收入减进货成本", "gross_profit")]
    [InlineData("sales minus cost of goods for March", "gross_profit")]
    public void A_difference_sign_before_a_cost_is_what_is_left(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月每100个来店的人里有几个买了东西", "conversion_rate")]
    [InlineData("in June, out of every 50 visitors how many ended up buying", "conversion_rate")]
    [InlineData("上季度每卖一百块钱能挣多少", "gross_margin")]
    [InlineData("for every 1000 yuan we sold last quarter, how much did we keep after product cost", "gross_margin")]
    [InlineData("上个月每200单里面有几单被取消", "cancel_rate")]
    [InlineData("for every 100 rmb of GMV last month, how much went back as refunds", "refund_rate")]
    public void A_rate_over_a_round_number_is_the_governed_share(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上季度每名员工带来了多少营业额", "revenue_per_staff")]
    [InlineData("how much did every employee bring in last quarter", "revenue_per_staff")]
    [InlineData("上个月每个付过款的客人平均花了多少钱", "arppu")]
    [InlineData("what did each paying shopper spend on average in June", "arppu")]
    public void Each_of_a_thing_is_the_amount_per_it(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    // Under a word that adds up, each / every ranges over what is added: the sum, never an amount per one
    [Theory]
    [InlineData("the total value of every order placed in March, paid or not", "gmv_ordered")]
    [InlineData("sum of each order's value when placed last month, cancelled ones included", "gmv_ordered")]
    // Orders taken / received / 接的单 are orders placed
    [InlineData("total value of all the orders we took in May, paid or not", "gmv_ordered")]
    [InlineData("what's the total sticker value of every order placed in May", "gmv_ordered")]
    [InlineData("what was the total face value of every order placed in April", "gmv_ordered")]
    [InlineData("上个月接到的订单原价一共多少钱，不管付没付", "gmv_ordered")]
    // Every right after a verb counting rows in is all of them: "count every paid order" asks the sum, not per order
    [InlineData("How much did customers pay us in May? Count every paid order, even the ones refunded later.", "gmv")]
    public void Each_under_a_sum_is_what_is_added(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月付过款的单子一共几笔", "paid_order_count")]
    [InlineData("上个月已支付的订单有多少张", "paid_order_count")]
    [InlineData("上个月已经付款的单子一共几张", "paid_order_count")]
    [InlineData("上个月付过款的单子一共多少钱", "gmv")]
    public void A_classifier_decides_a_count_and_money_decides_an_amount(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月下的单按原价加起来是多少", "gmv_ordered")]
    [InlineData("上个月所有下单的原价合计", "gmv_ordered")]
    public void The_list_value_of_orders_placed_is_the_ordered_amount(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("退款的钱/付款的钱")]
    [InlineData("(收入-成本)÷收入")]
    [InlineData("收入减成本")]
    public void A_sign_between_two_quantities_is_read(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var reading = Reader.Read(text, new bool[text.Length]);
        Assert.Contains(reading.Mentions, m => m.Text is "/" or "÷" or "减");
    }

    [Theory]
    [InlineData("gmv over the weekend", 9)]
    [InlineData("天猫/京东", 0)]
    public void A_sign_with_no_quantity_on_a_side_is_no_formula(string question, int blockedUpTo)
    {
        var text = TextNormalizer.Normalize(question);
        var blocked = new bool[text.Length];
        for (var i = blockedUpTo; i < text.Length && blockedUpTo > 0; i++) blocked[i] = true;
        var reading = Reader.Read(text, blocked);
        Assert.DoesNotContain(ConceptVocabulary.Ratio, reading.Concepts);
    }

    [Theory]
    [InlineData("每一单平均多少钱")]
    [InlineData("average spend per order")]
    public void An_amount_per_one_is_no_rate(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var reading = Reader.Read(text, new bool[text.Length]);
        Assert.DoesNotContain(ConceptVocabulary.Ratio, reading.Concepts);
    }

    // Face / sticker / list value is the money before discounts; every word of it is read
    [Theory]
    [InlineData("face value of orders last month", "gmv_ordered")]
    [InlineData("total face value of the orders placed in June", "gmv_ordered")]
    [InlineData("sticker value of everything ordered in May", "gmv_ordered")]
    [InlineData("上个月订单的票面金额", "gmv_ordered")]
    public void Face_value_is_the_money_before_discounts(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }
}
