using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Charts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace MetricAssistant.Charts.Tests;

/// <summary>Chinese in charts: a CJK font when one is installed, a clean fallback (one warning, still a chart) when not.</summary>
public sealed class ChartFontTests
{
    private static ChartSpec Titled(string title) =>
        new(ChartKind.Bars, title, ["华东", "华南"], [new ChartSeries(title, [1_250_000, 980_000])], new ValueFormat("CNY", ValueFormat.Currency, 2), "zh");

    private static SKColor[] Pixels(ScottPlotChartRenderer renderer, string title) =>
        ChartTestSupport.AssertPng(renderer.Draw(Titled(title), 480, 240), 480, 240);

    [SkippableFact]
    public void With_fonts_noto_cjk_installed_the_chinese_font_is_picked_and_characters_are_drawn_as_themselves()
    {
        Skip.IfNot(ChartTestSupport.NotoCjkInstalled, $"fonts-noto-cjk is not installed ({ChartTestSupport.NotoCjkFile} missing): scripts/test.sh installs it");
        var resolver = new ChartFontResolver(Options.Create(new ChartOptions()), new ListLogger<ChartFontResolver>());
        Assert.Equal("Noto Sans CJK SC", resolver.Font.Family);
        Assert.True(resolver.Font.SupportsCjk);
        // Its deepest glyph lies far below its descent (see ChartFont): labels are moved down to compensate.
        Assert.InRange(resolver.Font.BaselineShiftEm, 0.3f, 0.8f);

        // Missing glyphs all draw as the same box, so swapping two characters changes nothing; real glyphs differ.
        var renderer = ChartTestSupport.Renderer();
        Assert.NotEqual(Pixels(renderer, "支付GMV"), Pixels(renderer, "付支GMV"));
        ChartTestSupport.Save(renderer.Draw(Titled("支付GMV 按区域"), 480, 240), "font-cjk");
    }

    [Fact]
    public void Without_a_chinese_font_charts_still_render_and_one_warning_is_logged()
    {
        var logger = new ListLogger<ChartFontResolver>();
        var renderer = ChartTestSupport.Renderer(ChartTestSupport.WithoutCjkFonts(), logger);
        var first = renderer.Draw(Titled("支付GMV"), 480, 240);
        var second = renderer.Draw(Titled("退款金额"), 480, 240);
        ChartTestSupport.AssertPng(first, 480, 240);
        ChartTestSupport.AssertPng(second, 480, 240);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("fonts-noto-cjk", warning.Message);
        ChartTestSupport.Save(first, "font-fallback-tofu");
    }

    [SkippableFact]
    public void The_fallback_font_is_what_the_tofu_check_detects()
    {
        // The check of the test above is only worth something if a font without Han glyphs draws swapped characters alike.
        var resolver = new ChartFontResolver(Options.Create(ChartTestSupport.WithoutCjkFonts()), new ListLogger<ChartFontResolver>());
        Assert.False(resolver.Font.SupportsCjk);
        var typeface = SKTypeface.FromFamilyName(resolver.Font.Family);
        Skip.If(typeface.ContainsGlyph('支'), $"the fallback {typeface.FamilyName} has Han glyphs here");
        var renderer = ChartTestSupport.Renderer(ChartTestSupport.WithoutCjkFonts());
        Assert.Equal(Pixels(renderer, "支付GMV"), Pixels(renderer, "付支GMV"));
    }
}
