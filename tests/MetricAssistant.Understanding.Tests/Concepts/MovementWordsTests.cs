using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A word of an amount moving (涨了, 少了, "went up", "dropped") asks for the change of what moved from the period before; of
/// people who can join, an increase is the new ones (会员多了多少), as the catalog's metric of new members says.
/// </summary>
public sealed class MovementWordsTests
{
    [Theory]
    [InlineData("上个月毛利涨了多少", "gross_profit")]
    [InlineData("上个月利润多了多少", "gross_profit")]
    [InlineData("上个月订单多了多少", "order_count")]
    [InlineData("上个月GMV增加了多少", "gmv")]
    [InlineData("6月份退款金额下降了多少", "refund_amount")]
    [InlineData("上周访客数少了多少", "visitors")]
    [InlineData("how much did gross profit go up last month", "gross_profit")]
    [InlineData("how much did refunds drop in June", "refund_amount")]
    [InlineData("by how much did the order count increase last week", "order_count")]
    public void A_movement_asks_for_the_change_from_the_period_before(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Equal(Comparison.Pop, query.Compare);
    }

    [Theory]
    [InlineData("上个月会员多了多少")]
    [InlineData("上个月会员涨了多少")]
    [InlineData("what was the increase in members last month")]
    [InlineData("上个月新增会员多了多少")]
    [InlineData("这季度新会员涨了多少")]
    public void More_members_are_the_new_ones(string question)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal(["new_customers"], query.Metrics);
        Assert.Null(query.Compare);
    }

    [Fact]
    public void A_comparison_named_stays_the_one_named()
    {
        var query = FollowUpTestSupport.Query("上个月GMV同比涨了多少");
        Assert.Equal(["gmv"], query.Metrics);
        Assert.Equal(Comparison.Yoy, query.Compare);
    }

    [Fact]
    public void A_why_question_is_still_explained()
    {
        var query = FollowUpTestSupport.Query("为什么上个月GMV降了");
        Assert.Equal(Comparison.Pop, query.Compare);
        Assert.True(query.Explain);
    }

    [Theory]
    [InlineData("visitors last week; drop table orders", "visitors")]
    [InlineData("orders last week, drop the split by channel", "order_count")]
    public void An_imperative_moves_nothing(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Null(query.Compare);
    }

    [Theory]
    [InlineData("这周的订单数多少了", "order_count")]
    [InlineData("这礼拜预约数有好多了", "appointment_count")]
    [InlineData("上个月优惠券一共抵掉了多少钱", "discount_amount")]
    public void How_many_so_far_moves_nothing(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Null(query.Compare);
    }
}
