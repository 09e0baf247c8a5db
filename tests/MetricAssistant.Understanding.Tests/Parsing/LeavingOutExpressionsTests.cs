using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// One vocabulary of leaving-out expressions (leaving-out.txt), each with where what is left out stands: a value so left out is
/// not_in, never in; a meaning of an unclear word so left out is ruled out, never chosen; a definition so left out by its owner
/// leaves the family's other variants.
/// </summary>
public sealed class LeavingOutExpressionsTests
{
    [Theory]
    // inside a 把 / 将 frame
    [InlineData("上周的订单数，千万别把京东算进去", "channel", "jd")]
    [InlineData("上个月退款金额，不要把小程序算上", "channel", "miniapp")]
    [InlineData("上个月的GMV，先别把天猫的算进来", "channel", "tmall")]
    [InlineData("上季度销量，把抖音刨掉", "channel", "douyin")]
    [InlineData("上个月GMV，把奥莱店撇开", "store_type", "outlet")]
    // the value, then a negated look / count verb
    [InlineData("上个月的订单数，天猫那块暂时不看", "channel", "tmall")]
    [InlineData("上个月退款金额，京东的不用看", "channel", "jd")]
    [InlineData("上个月GMV，旗舰店先不管", "store_type", "flagship")]
    [InlineData("上个月订单数，华北的先放一边", "region", "north")]
    // English: the expression before the value, or around it
    [InlineData("orders last month, skip the flagship stores", "store_type", "flagship")]
    [InlineData("refunds last month, forget about Douyin", "channel", "douyin")]
    [InlineData("GMV last quarter, bar the miniapp", "channel", "miniapp")]
    [InlineData("order count last week with Tmall taken out", "channel", "tmall")]
    [InlineData("refund amount last month, put JD aside", "channel", "jd")]
    public void A_value_left_out_by_any_leaving_out_expression_is_not_in(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters.Single());
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("上个月各渠道的订单数，京东那块先不看", "jd")]
    [InlineData("上个月分渠道的GMV，别把抖音算进去", "douyin")]
    [InlineData("orders by channel last month, skip Tmall", "tmall")]
    public void A_value_left_out_of_the_split_dimension_leaves_the_split(string question, string value)
    {
        var query = Query(question);
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.NotIn, [value]), query.Filters.Single());
    }

    [Theory]
    [InlineData("上个月订单数，只看京东", "jd")]
    [InlineData("上个月订单数，京东的单独看", "jd")]
    [InlineData("上个月订单数，看看抖音", "douyin")]
    [InlineData("orders last month, just Douyin", "douyin")]
    [InlineData("orders last month, only Tmall", "tmall")]
    public void A_value_kept_is_in(string question, string value) =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, [value]), Query(question).Filters.Single());

    [Theory]
    [InlineData("上个月", "不看了", true)]
    [InlineData("", "那块先不看", true)]
    [InlineData("别把", "算进去", true)]
    [InlineData("skip the ", " stores", true)]
    [InlineData("sales of ", " set aside", true)]
    [InlineData("只看", "", false)]
    [InlineData("看看", "", false)]
    [InlineData("", "不看退款", false)]
    [InlineData("a drop in ", " sales", false)]
    public void The_vocabulary_says_where_the_value_stands(string before, string after, bool leftOut) =>
        Assert.Equal(leftOut, LeavingOutWords.Default.LeavesOut(before, after));

    [Theory]
    [InlineData("customer count last month, not counting new sign-ups", "paying_customers,total_customers")]
    [InlineData("how many customers last month, excluding the new sign-ups", "paying_customers,total_customers")]
    [InlineData("上个月客户数，新注册的那部分不算", "paying_customers,total_customers")]
    [InlineData("上个月的客户数，别把新增的算进去", "paying_customers,total_customers")]
    [InlineData("customer numbers last month, leaving out the running total", "paying_customers,new_customers")]
    [InlineData("上个月客户数，累计的那个先不看", "paying_customers,new_customers")]
    public void A_meaning_left_out_is_ruled_out_never_chosen(string question, string left)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Theory]
    [InlineData("revenue last month that isn't the e-commerce team's version")]
    [InlineData("上个月营收，电商部的口径暂时不管")]
    [InlineData("上个月营收，不是电商部的口径")]
    public void A_definition_ruled_out_by_its_owner_leaves_the_other_variants(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.DoesNotContain("gmv_ordered", result.Alternatives);
        Assert.Contains("gmv", result.Alternatives);
    }

    [Theory]
    [InlineData("上个月营收，别把财务部的口径算进去")]
    [InlineData("revenue last month, skip the finance team's figure")]
    public void A_definition_left_out_in_a_frame_or_before_it_is_not_chosen(string question)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(["gmv_net", "gmv_ordered"], result.Alternatives);
    }

    // A removing word under a negation keeps what it names: nothing is left out.
    [Theory]
    [InlineData("上个月GMV，别把京东剔掉")]
    [InlineData("上个月的订单数，不要剔除天猫")]
    [InlineData("orders last month, and don't skip JD")]
    public void A_removal_said_under_a_negation_leaves_nothing_out(string question) =>
        Assert.DoesNotContain(Query(question).Filters, f => f.Operator == QueryFilterOperator.NotIn);
}
