using MetricAssistant.Application.Charts;

namespace MetricAssistant.Application.Tests.Charts;

/// <summary>Axis and bar labels: 万/亿 in Chinese, K/M/B in English, percentages for rates.</summary>
public sealed class ChartNumberFormatTests
{
    [Theory]
    [InlineData(0.1234, "ratio", true, "12.34%")]
    [InlineData(0.05, "ratio", false, "5%")]
    [InlineData(12_345_678, "CNY", true, "1234.57万元")]
    [InlineData(250_000_000, "CNY", true, "2.5亿元")]
    [InlineData(12_345_678, "CNY", false, "¥12.35M")]
    [InlineData(-12_345_678, "CNY", false, "-¥12.35M")]
    [InlineData(3_400_000_000, "count", false, "3.4B")]
    [InlineData(25_000, "count", false, "25K")]
    [InlineData(9_999, "count", false, "9,999")]
    [InlineData(9_999, "count", true, "9999")]
    [InlineData(15_000, "people", true, "1.5万")]
    [InlineData(182.456, "CNY", true, "182.46元")]
    public void Formats_as_the_portal_does(double value, string unit, bool zh, string expected) =>
        Assert.Equal(expected, ChartNumberFormat.Format(value, unit, zh));
}
