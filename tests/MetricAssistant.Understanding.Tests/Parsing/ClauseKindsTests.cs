using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Parts of a question that used to be misread or dropped: each read as its full, plainer question is, or refused
/// when it asks for a figure the catalog does not have.
/// </summary>
public sealed class ClauseKindsTests
{
    [Theory]
    // A trend said as a verb.
    [InlineData("How has GMV trended over the last 14 days?", "daily GMV over the last 14 days")]
    // A count asked beside a one-row ranking word.
    [InlineData("上个月哪些区域的退款率最高，列3个", "上个月退款率最高的3个区域")]
    [InlineData("Which stores had the lowest AOV last month? Show me 5", "bottom 5 stores by AOV last month")]
    [InlineData("which 3 stores in Chengdu had the most appointments last week", "top 3 stores in Chengdu by appointments last week")]
    [InlineData("哪3家店上个月GMV最高", "上个月GMV最高的3家门店")]
    // 各 right after listed values asks for each; 那几个 before another dimension's word splits by it.
    [InlineData("上个月天猫和京东各有多少订单", "上个月天猫和京东的订单数对比")]
    [InlineData("华南那几个城市上个月的访客数", "上个月华南各城市的访客数")]
    // Per staff said as 平均一个员工; pairs are units.
    [InlineData("上个月平均一个员工带来多少成交额", "上个月人效")]
    [InlineData("How many pairs of sneakers did we sell last month?", "units sold of shoes last month")]
    // "stack up against": a comparison of the listed values.
    [InlineData("How does North China stack up against East China on new members last month?", "new members last month, North China vs East China")]
    // "our stores" names the whole set; a value joined to its dimension word by a hyphen is a filter.
    [InlineData("How many visitors did our stores get last month?", "visitors last month")]
    [InlineData("What were shoes-category units sold last month?", "units sold for shoes last month")]
    // The rest after an exclusion, a comma between; a value taken out at the end of a clause.
    [InlineData("上个月除了天猫，其他渠道加起来的GMV", "上个月除了天猫的GMV")]
    [InlineData("上个月各渠道的订单数，把抖音去掉", "上个月除了抖音各渠道的订单数")]
    // Two periods set against each other: the first asked, compared with the one before it or a year before.
    [InlineData("refunds in Q2 2025 vs Q1", "refunds in Q2 2025 vs the previous period")]
    [InlineData("昨天的GMV vs 前天", "昨天的GMV环比")]
    [InlineData("2025年5月的GMV对比2024年5月", "2025年5月的GMV同比")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("Orders per shelf by store last month", "order_count")]
    [InlineData("上个月每平米的支付GMV", "gmv")]
    public void A_figure_per_a_unit_the_catalog_lacks_is_not_found_with_the_metric_as_nearest(string question, string nearest)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Equal(nearest, result.Alternatives[0]);
        Assert.Single(result.Notices.OfType<NotUnderstood>());
    }

    [Theory]
    [InlineData("Q2 2025 new member rate", "new_customers")]
    [InlineData("上个月的新会员比率", "new_customers")]
    public void A_rate_asked_of_a_metric_that_is_none_is_not_found_with_the_metric_as_nearest(string question, string nearest)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.NotFound, result.Outcome);
        Assert.Equal([nearest], result.Alternatives);
    }

    [Theory]
    // A share across a split, a growth rate and a rate the catalog has stay answered.
    [InlineData("各渠道GMV占比")]
    [InlineData("GMV growth rate last quarter")]
    [InlineData("上个月订单的取消比例")]
    public void A_rate_the_question_can_have_is_answered(string question) =>
        Assert.Equal(UnderstandingOutcome.Query, Understand(question).Outcome);

    [Fact]
    public void Each_after_a_count_word_is_still_each()
    {
        // "每一笔" says each order, not a unit divided by.
        Assert.Equal(UnderstandingOutcome.Query, Understand("上个月平均每一笔付了款的订单多少钱").Outcome);
    }

    [Theory]
    [InlineData("Paid orders by channel last month, and also the inventory on hand", "paid_order_count", "inventory")]
    [InlineData("上个月各区域的退款金额，另外库存还剩多少", "refund_amount", "库存")]
    public void A_clause_asking_for_what_the_catalog_lacks_is_named_and_the_rest_answered(string question, string metric, string missing)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.Equal(missing, Assert.Single(result.Notices.OfType<NotInCatalog>()).Text, ignoreCase: true);
    }

    [Theory]
    [InlineData("inventory turnover last month")]
    [InlineData("上个月的库存和GMV")]
    public void What_the_catalog_lacks_beside_a_metric_in_one_clause_is_still_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, Understand(question).Outcome);
}
