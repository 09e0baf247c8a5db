using MetricAssistant.Application.Formatting;

namespace MetricAssistant.Application.Tests.Charts;

/// <summary>Axis and bar labels (the compact style of the one number rule): 万/亿 in Chinese, K/M/B in English, percentages for rates.</summary>
public sealed class ChartLabelFormatTests
{
    private static ValueFormat FormatOf(string unit) => unit switch
    {
        "ratio" => ValueFormat.Ratio,
        "CNY" => new ValueFormat("CNY", ValueFormat.Currency, 2),
        _ => new ValueFormat(unit, "integer", 0),
    };

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
        Assert.Equal(expected, NumberFormatter.Format(value, FormatOf(unit), zh ? "zh" : "en", NumberStyle.Compact));

    [Fact]
    public void A_value_that_is_not_a_number_is_a_dash_on_a_chart() =>
        Assert.Equal("—", NumberFormatter.Format(double.NaN, FormatOf("CNY"), "zh", NumberStyle.Compact));
}
