using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Families the catalog does not declare but its names imply (订单数 / 支付订单数, 会员数 / 新增会员数, 转化率 / 预约转化率): one member
/// ruled out leaves the others, as for GMV; and "X, I mean Y" with Y said by the rows it is over names the sibling over them.
/// </summary>
public sealed class ImpliedFamilyNegationTests
{
    [Theory]
    // A definition word of another family ("支付口径" is paid GMV's) rules out the member of the family asked.
    [InlineData("上个月订单数，不要支付口径的", "order_count")]
    [InlineData("上个月订单数，不是下单口径的", "paid_order_count")]
    [InlineData("上个月的订单量，别给我按付款算的", "order_count")]
    [InlineData("orders last month, not the paid ones", "order_count")]
    [InlineData("上个月会员数别给我累计的", "new_customers")]
    [InlineData("上季度的转化率，不要访客口径那个", "appointment_conversion_rate")]
    [InlineData("conversion last month, not the visitors-based one — I mean bookings", "appointment_conversion_rate")]
    public void The_one_member_left_is_the_answer(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月转化率，我说的是按预约算的", "appointment_conversion_rate")]
    [InlineData("conversion rate last month, I mean the bookings one", "appointment_conversion_rate")]
    [InlineData("新增会员数，不对，我说的是累计的", "total_customers")]
    [InlineData("上个月GMV，我说的是下单口径的", "gmv_ordered")]
    public void A_correction_names_the_sibling_over_its_rows(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    // The declared family's word alone still rules out its variant; a word of a family not said rules out nothing else.
    [InlineData("不是下单口径，上个月多少", "gmv,gmv_net")]
    public void A_declared_family_word_alone_still_rules_out(string question, string left)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(left.Split(','), result.Alternatives);
    }

    [Fact]
    public void A_word_ruling_out_an_unsaid_implied_family_rules_nothing_out() =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query("购买人数，不要预约后的，上个月").Metrics);
}
