using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MetricAssistant.Portal.Tests;

/// <summary>
/// On a phone (390 px wide) the pages reflow to the screen: nothing sticks out sideways, so no text is cut off;
/// a wide table scrolls inside its own box, not the page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PhoneWidthTests(PortalFixture fx, ITestOutputHelper output)
{
    private const int Width = 390;
    private static readonly ViewportSize Phone = new() { Width = Width, Height = 844 };

    // How far the page reaches sideways, and the elements that stick out past the window (for the failure message).
    private const string Overflow = @"() => ({
        scrollWidth: document.documentElement.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        viewport: window.innerWidth,
        outside: Array.from(document.querySelectorAll('body *'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 0.5 && !e.closest('.table-wrap, .chart-wrap, .lineage-wrap, pre'); })
            .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' → ' + Math.round(e.getBoundingClientRect().right))
    })";

    private async Task AssertNoSidewaysOverflowAsync(IPage page, string where)
    {
        var result = await page.EvaluateAsync<JsonElement>(Overflow);
        var scrollWidth = result.GetProperty("scrollWidth").GetDouble();
        var viewport = result.GetProperty("viewport").GetDouble();
        var outside = result.GetProperty("outside").EnumerateArray().Select(e => e.GetString()).ToArray();
        output.WriteLine($"{where}: scrollWidth {scrollWidth}, body {result.GetProperty("bodyScrollWidth").GetDouble()}, viewport {viewport}; outside: {string.Join(", ", outside)}");
        Assert.Equal(Width, viewport);
        Assert.True(scrollWidth <= viewport, $"{where}: the page is {scrollWidth} px wide in a {viewport} px window ({string.Join(", ", outside)})");
        Assert.Empty(outside);
    }

    [SkippableFact]
    public async Task An_answer_with_a_wide_table_fits_a_phone_and_the_table_scrolls_in_its_box()
    {
        Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");
        const string test = "P1_phone_answer";
        var (context, page) = await fx.NewPageAsync(test, record: true, viewport: Phone);
        try
        {
            await page.GotoAsync(fx.BaseUrl + "/");
            await page.Locator("#user-picker").WaitForAsync();
            await page.Locator("#search-box").FillAsync("上个月各区域GMV同比");
            await page.Locator("#search-box").PressAsync("Enter");
            await page.Locator("#answer article.card.answer.status-answered table.data").WaitForAsync();
            await AssertNoSidewaysOverflowAsync(page, "search page with an answer");

            // The table is wider than the phone: it scrolls inside its wrapper, which stays within the window.
            var wrap = await page.Locator("#answer .table-wrap").EvaluateAsync<double[]>("w => [w.scrollWidth, w.clientWidth, w.getBoundingClientRect().right]");
            output.WriteLine($"table-wrap: scrollWidth {wrap[0]}, clientWidth {wrap[1]}, right {wrap[2]}");
            Assert.True(wrap[0] > wrap[1], "the comparison table is wider than a phone, so it should scroll in its box");
            Assert.True(wrap[2] <= Width, "the table's box stays within the window");
            await fx.ScreenshotAsync(page, test);
        }
        finally { await context.CloseAsync(); }
    }

    [SkippableFact]
    public async Task A_metric_page_fits_a_phone()
    {
        Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");
        const string test = "P2_phone_metric_page";
        var (context, page) = await fx.NewPageAsync(test, record: true, viewport: Phone);
        try
        {
            await page.GotoAsync(fx.BaseUrl + "/#/metric/gmv");
            await page.Locator("#metric-page .lineage-wrap svg").WaitForAsync();
            await AssertNoSidewaysOverflowAsync(page, "metric page");
            await fx.ScreenshotAsync(page, test);
        }
        finally { await context.CloseAsync(); }
    }
}
