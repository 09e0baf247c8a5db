using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Charts;

using MetricAssistant.Application.Formatting;
namespace MetricAssistant.Application.Tests.Answers;

/// <summary>One rule for numbers: 万/亿 in Chinese, thousands/millions (K/M on charts) in English, percentages for rates.</summary>
public sealed class NumberFormatterTests
{
    private static readonly ValueFormat Currency = new("CNY", ValueFormat.Currency, 2);
    private static readonly ValueFormat Count = new("count", "integer", 0);

    [Theory]
    [InlineData(18145539.87, "zh", "1814.55万元")]
    [InlineData(250_000_000.0, "zh", "2.5亿元")]
    [InlineData(9876.5, "zh", "9876.5元")]
    [InlineData(18145539.87, "en", "¥18.15 million")]
    [InlineData(2_500_000_000.0, "en", "¥2.5 billion")]
    [InlineData(45_678.0, "en", "¥45.7 thousand")]
    [InlineData(9876.5, "en", "¥9,876.5")]
    public void Currency_reads_in_wan_and_yi_or_thousands_and_millions(double value, string language, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, Currency, language, NumberStyle.Words));

    [Theory]
    [InlineData(12345678.0, "zh", "1234.57万元")]
    [InlineData(12345678.0, "en", "¥12.35M")]
    [InlineData(-12345678.0, "en", "-¥12.35M")]
    [InlineData(45_678.0, "en", "¥45.68K")]
    public void Charts_use_the_compact_style(double value, string language, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, Currency, language, NumberStyle.Compact));

    [Fact]
    public void Counts_have_no_unit_and_rates_are_percentages()
    {
        Assert.Equal("1.2万", NumberFormatter.Format(12_000, Count, "zh", NumberStyle.Words));
        Assert.Equal("12 thousand", NumberFormatter.Format(12_000, Count, "en", NumberStyle.Words));
        Assert.Equal("12.5%", NumberFormatter.Format(0.125, ValueFormat.Ratio, "en", NumberStyle.Words));
        Assert.Equal("+11.76%", NumberFormatter.SignedPercent(0.11755));
        Assert.Equal("-5%", NumberFormatter.SignedPercent(-0.05));
        Assert.Equal("+11.8%", NumberFormatter.SignedPercent(0.11755, "0.0"));
    }

    [Fact]
    public void A_missing_number_says_so_in_the_language()
    {
        Assert.Equal("无数据", NumberFormatter.Format(null, Currency, "zh", NumberStyle.Words));
        Assert.Equal("no data", NumberFormatter.Format(null, Currency, "en", NumberStyle.Words));
    }
}
