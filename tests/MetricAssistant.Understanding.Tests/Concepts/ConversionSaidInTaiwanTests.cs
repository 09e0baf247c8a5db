using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>The Taiwanese 轉換率 / 转换率 is the conversion rate, and 预约转换率 the appointment one.</summary>
public sealed class ConversionSaidInTaiwanTests
{
    [Theory]
    [InlineData("上个月轉換率", "conversion_rate")]
    [InlineData("上个月转换率", "conversion_rate")]
    [InlineData("上个月各渠道的轉換率", "conversion_rate")]
    [InlineData("上个月预约转换率", "appointment_conversion_rate")]
    [InlineData("上個月預約轉換率", "appointment_conversion_rate")]
    public void Zhuanhuan_is_conversion(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);
}
