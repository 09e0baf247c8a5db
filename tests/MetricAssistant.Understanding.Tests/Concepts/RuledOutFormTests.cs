using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A subject asked with one form of figure ruled out (a share, a sum of money, a count, an amount per unit) and maybe another
/// asked: the metric of that subject in the form asked, the forms read from the catalog's signatures.
/// </summary>
public sealed class RuledOutFormTests
{
    [Theory]
    [InlineData("上季度毛利，金额就不要了，给我百分比", "gross_margin")]
    [InlineData("去年毛利率，不要百分比，要金额", "gross_profit")]
    [InlineData("gross margin last year, not the percentage but the dollars", "gross_profit")]
    [InlineData("refunds in June: the rate, not the amount", "refund_rate")]
    [InlineData("上个月退款，不看金额，看比例", "refund_rate")]
    [InlineData("本周预约，不要转化率，就要个数", "appointment_count")]
    [InlineData("appointments last week, not the conversion, just how many", "appointment_count")]
    [InlineData("average per paying customer last month, not per order", "arppu")]
    public void The_form_asked_of_the_subject_is_answered(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    // A form ruled out that the metric never had changes nothing; its words are read, not left over.
    [InlineData("上个月订单数，不要比例", "order_count")]
    [InlineData("GMV last month, not the percentage", "gmv")]
    public void A_form_the_metric_lacks_ruled_out_keeps_it(string question, string metric)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal([metric], result.Query!.Metrics);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }

    [Fact]
    public void A_definition_ruled_out_is_no_form_ruled_out() =>
        Assert.Equal(["gmv_ordered"], FollowUpTestSupport.Query("上个月GMV 不按付款时间算 也别减优惠券").Metrics);
}
