using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values left out with a pointing word between them and the verb ("广州深圳那俩", "小程序那个"), with casual removing verbs (砍掉,
/// 撇一边, 甩一边, 不要了) and with a sentence-final particle after (lah, 啦, 绝绝子): always a <c>not_in</c>, never the opposite.
/// A value both kept and left out in one question is left out only.
/// </summary>
public sealed class PointedLeaveOutKindsTests
{
    [Theory]
    [InlineData("上个月各城市GMV，广州深圳那俩先放一边", "city", "Guangzhou,Shenzhen")]
    [InlineData("上个月各城市的订单数，北京上海那俩大的撇一边", "city", "Beijing,Shanghai")]
    [InlineData("上个月的退款金额，京东抖音那几个甩一边啦", "channel", "jd,douyin")]
    [InlineData("砍掉京东和抖音再看上个月GMV", "channel", "jd,douyin")]
    [InlineData("上个月GMV，把小程序那个砍了", "channel", "miniapp")]
    [InlineData("上个月订单数，小程序的不要了哈", "channel", "miniapp")]
    [InlineData("上个月GMV，京东那个砍掉绝绝子", "channel", "jd")]
    [InlineData("last month's GMV, Douyin 那个不要算 lah", "channel", "douyin")]
    [InlineData("上个月销量，零食那些就别算了", "category", "food")]
    public void A_value_pointed_at_before_a_leaving_out_verb_is_left_out(string question, string dimension, string values)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, values.Split(',')), query.Filters.Single());
    }

    [Theory]
    [InlineData("奥莱店的不要，其他店型各多少GMV", "store_type", "outlet")]
    [InlineData("各区域的订单数，门店那块去掉", "channel", "store")]
    [InlineData("上个月GMV by channel, Douyin 那个不要算 lah", "channel", "douyin")]
    public void A_value_left_out_beside_a_split_is_left_out(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Contains(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters);
        Assert.DoesNotContain(query.Filters, f => f.Operator == QueryFilterOperator.In);
    }

    [Theory]
    [InlineData("天猫一直是大头，这次天猫先不看，上个月各渠道GMV多少", "channel", "tmall")]
    [InlineData("华东的数据我看过了，华东不算，上个月各区域订单数", "region", "east")]
    [InlineData("Tmall is always the biggest, so leave Tmall out: GMV by channel last month", "channel", "tmall")]
    public void A_value_kept_in_one_clause_and_left_out_in_another_is_left_out(string question, string dimension, string value)
    {
        var query = Query(question);
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), query.Filters.Single());
    }
}
