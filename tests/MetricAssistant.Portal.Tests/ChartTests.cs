using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MetricAssistant.Portal.Tests;

/// <summary>The chart fits the answer: a line for a trend, side-by-side bars for 环比 / 同比, bars for a ranking.</summary>
[Collection(PortalCollection.Name)]
public sealed class ChartTests(PortalFixture fx, ITestOutputHelper output)
{
    private const string AnswerCard = "#answer article.card.answer.status-answered";

    [SkippableTheory]
    [InlineData("trend", "2025年每月GMV趋势", "line", "2025-01", "2025-12")]
    [InlineData("pop", "上个月GMV环比", "bars", "本期", "上期")]
    [InlineData("ranking", "上季度门店GMV前5", "bars", "杭州湖滨旗舰店", null)]
    public async Task The_chart_fits_the_question(string name, string question, string kind, string label, string? otherLabel)
    {
        Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");
        var test = "C_chart_" + name;
        var (context, page) = await fx.NewPageAsync(test, record: true);
        try
        {
            await page.GotoAsync(fx.BaseUrl + "/");
            await page.Locator("#user-picker").WaitForAsync();
            await page.Locator("#search-box").FillAsync(question);
            await page.Locator("#search-box").PressAsync("Enter");
            var chart = page.Locator(AnswerCard + " .chart-wrap svg.chart");
            await chart.WaitForAsync();
            var paths = await chart.Locator("path").CountAsync();
            var rects = await chart.Locator("rect").CountAsync();
            var texts = await chart.Locator("text").AllTextContentsAsync();
            output.WriteLine($"{question}: {paths} paths, {rects} rects; texts: {string.Join(" | ", texts)}");
            if (kind == "line") Assert.True(paths >= 1, "a trend is drawn as a line");
            else Assert.True(rects >= 2 && paths == 0, "a comparison or a ranking is drawn as bars");
            Assert.Contains(label, texts);
            if (otherLabel is not null) Assert.Contains(otherLabel, texts);
            await fx.ScreenshotAsync(page, test);
        }
        finally { await context.CloseAsync(); }
    }
}
