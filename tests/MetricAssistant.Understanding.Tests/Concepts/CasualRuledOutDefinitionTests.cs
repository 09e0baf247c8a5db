using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Definitions ruled out in casual words: the owning department (read from the catalog) said with "那边 … 不用看", "先放一边",
/// "not what … reports", "the numbers from …"; several ruled out clause after clause ("…也别给", "the net one too", a variant named
/// by the word before a shared ending, 拍下 of 拍下金额); a state word before the variant's word ("不要已支付的"); and the
/// definition wanted pointed at with 看 ("是看访客的那个"), whose words are no second metric.
/// </summary>
public sealed class CasualRuledOutDefinitionTests
{
    [Theory]
    [InlineData("这个月的销售额，运营那边的算法不用看", "gmv,gmv_ordered")]
    [InlineData("本季度GMV 电商那套先放一边", "gmv,gmv_net")]
    [InlineData("GMV for May, but not what finance reports", "gmv_net,gmv_ordered")]
    [InlineData("上个月GMV，拍下的那个不要", "gmv,gmv_net")]
    public void An_owner_or_variant_ruled_out_casually_leaves_the_others_asked_back(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(',').Order(), result.Alternatives.Order());
    }

    [Theory]
    [InlineData("GMV in June, ignore the figures from e-commerce and from ops", "gmv")]
    [InlineData("本月成交额，券后的不要，下单的也别给", "gmv")]
    [InlineData("last quarter's GMV: skip the finance one. the net one as well.", "gmv_ordered")]
    [InlineData("上周GMV不要实付的；拍下的那个也不要", "gmv_net")]
    [InlineData("last month 订单数, 不要已支付的", "order_count")]
    [InlineData("本月转化率，不是预约那个，是看访客的那个", "conversion_rate")]
    [InlineData("上周转化率，不是看访客的，是看预约的", "appointment_conversion_rate")]
    public void The_one_definition_left_or_pointed_at_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void A_department_owning_no_definition_asked_rules_nothing_out_and_is_read()
    {
        var result = FollowUpTestSupport.Understand("上个月营业额，人力资源部那套算法先不看");
        Assert.Equal(["gmv"], result.Query!.Metrics);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Fact]
    public void Too_carries_a_ruling_out_over_only_after_one() =>
        Assert.Equal(["gmv_net"], FollowUpTestSupport.Query("GMV last month, the net one too").Metrics);
}
