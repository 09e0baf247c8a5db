using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Leaving out said in regional Chinese, Cantonese or Singapore / Malaysian English (莫算, 甭要, 勿计, 唔要埋, 去脱, 先不放进来,
/// "X don't want", "X no need") is a value left out, never the value chosen; a definition ruled out with 勿是 / 唔係 is not the
/// reading; a closing "or not" question tag negates nothing.
/// </summary>
public sealed class RegionalLeavingOutTests
{
    [Theory]
    [InlineData("上周的订单数，京东那些就莫算了", "channel", "jd")]
    [InlineData("上个月GMV，小程序莫计", "channel", "miniapp")]
    [InlineData("这个月的退款金额，天猫那块拿脱", "channel", "tmall")]
    [InlineData("上个月GMV，摒脱抖音", "channel", "douyin")]
    [InlineData("上周订单数，金卡会员的甭要", "member_level", "gold")]
    [InlineData("上个月GMV，勿算京东", "channel", "jd")]
    [InlineData("上个月GMV，天猫唔要", "channel", "tmall")]
    [InlineData("今年以来的GMV，华北自己那块不算", "region", "north")]
    [InlineData("上个月订单数，抖音那块最近在做活动，暂时不算", "channel", "douyin")]
    [InlineData("上个月订单数，京东那部分数据还没对完，先不放进来", "channel", "jd")]
    [InlineData("orders last month, Tmall don't want", "channel", "tmall")]
    [InlineData("refunds last week, JD no need", "channel", "jd")]
    [InlineData("GMV last month, Douyin cannot count", "channel", "douyin")]
    [InlineData("GMV last month minus the miniapp", "channel", "miniapp")]
    [InlineData("orders last month without JD lah", "channel", "jd")]
    public void A_value_left_out_in_regional_speech_is_not_in(string question, string dimension, string value) =>
        Assert.Equal(new QueryFilter(dimension, QueryFilterOperator.NotIn, [value]), Query(question).Filters.Single());

    [Theory]
    [InlineData("上个月GMV，只要抖音", "douyin")]
    [InlineData("上个月GMV，京东要", "jd")]
    [InlineData("上个月GMV，就看天猫", "tmall")]
    public void A_value_kept_stays_in(string question, string value) =>
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, [value]), Query(question).Filters.Single());

    [Fact]
    public void A_value_left_out_after_a_split_keeps_the_split()
    {
        var query = Chain("上个月各店型的订单数", "Flagship don't want").Query;
        Assert.Equal(["store_type"], query.GroupBy);
        Assert.Equal(new QueryFilter("store_type", QueryFilterOperator.NotIn, ["flagship"]), query.Filters.Single());
    }

    [Fact]
    public void A_value_left_out_too_in_Cantonese_adds_to_what_is_kept()
    {
        var query = Chain("上个月线上的订单数", "京东都唔要埋").Query;
        Assert.Contains(new QueryFilter("channel", QueryFilterOperator.NotIn, ["jd"]), query.Filters);
        Assert.Contains(query.Filters, f => f.Dimension == "online_offline");
    }

    [Theory]
    [InlineData("上个月人均，勿是人效噢，是买物事个人平均用脱几钿", "revenue_per_staff")]
    [InlineData("上個月嘅訂單金額，唔係落單嗰個", "gmv_ordered")]
    public void A_definition_ruled_out_in_regional_speech_is_not_the_reading(string question, string ruledOut)
    {
        var result = Understand(question);
        Assert.DoesNotContain(ruledOut, result.Query?.Metrics ?? result.Alternatives);
    }

    [Theory]
    [InlineData("can show me last month refund rate or not", "refund_rate")]
    [InlineData("last month refund rate or not", "refund_rate")]
    [InlineData("last week conversion rate can or not?", "conversion_rate")]
    public void A_closing_or_not_is_a_question_tag(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);

    [Theory]
    [InlineData("got refund rate last month or not", "got refund rate last month")]
    [InlineData("refund rate can or not lah", "refund rate lah")]
    [InlineData("order value, paid or not", "order value, paid or not")]
    [InlineData("gmv whether it got paid or not", "gmv whether it got paid or not")]
    public void Only_a_tag_is_read_away(string text, string read) =>
        Assert.Equal(read, SinglishQuestionTag.Read(text));
}
