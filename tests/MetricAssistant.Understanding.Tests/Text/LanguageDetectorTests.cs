using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("上个月华东区各渠道的GMV", null, "zh")]
    [InlineData("GMV 上个月", "en-US", "zh")]        // any ideograph makes it Chinese, whatever the locale
    [InlineData("\u3400\u3401", null, "zh")]          // CJK extension A counts as well
    [InlineData("AOV by channel last quarter", "zh-CN", "en")] // letters win over the locale
    [InlineData("2025", "zh-CN", "zh")]               // no words: the sender's locale decides
    [InlineData("👍 ?", "zh-cn", "zh")]
    [InlineData("2025", "en-GB", "en")]
    [InlineData("2025", null, "en")]
    [InlineData("", null, "en")]
    public void The_language_of_a_text(string text, string? locale, string expected) =>
        Assert.Equal(expected, LanguageDetector.Of(text, locale));
}
