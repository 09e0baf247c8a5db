using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ｔｍａｌｌ上个月的ＧＭＶ？", "tmall上个月的gmv?")]
    [InlineData("２０２５年３月的订单数", "2025年3月的订单数")]
    [InlineData("GMV   last    month !!!", "gmv last month !!!")]
    [InlineData("g m v last month", "gmv last month")]
    [InlineData("A.O.V. last month", "aov last month")]
    [InlineData("g-m-v last month", "gmv last month")]
    [InlineData("GMV for T-mall", "gmv for t-mall")]
    [InlineData("jd.com e-commerce", "jd.com e-commerce")]
    public void Noise_becomes_one_canonical_form(string question, string normal) => Assert.Equal(normal, TextNormalizer.Normalize(question));
}
