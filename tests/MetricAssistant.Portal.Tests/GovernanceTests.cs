using System.Net.Http.Json;
using System.Text.Json;
using MetricAssistant.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MetricAssistant.Portal.Tests;

/// <summary>
/// The governance workflow in a real browser, on a service of its own (its catalog store changes): a regional
/// manager proposes a change to what a metric computes, may not approve it himself, the CEO reviews the diff,
/// approves and publishes it; the search box then answers with the new version, and the old one is still
/// answerable when pinned.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class GovernanceTests(PortalFixture fx, ITestOutputHelper output)
{
    private const string AnswerCard = "#answer article.card.answer";
    private const string Metric = "discount_amount";
    // Only completed orders: a change to what the metric computes, so the version moves and the number changes.
    private const string Filters = """{"filters": [{"column": "paid_time", "op": "is_not_null"}, {"column": "status", "op": "eq", "values": ["completed"]}]}""";

    [SkippableFact]
    public async Task Propose_as_one_user_review_and_publish_as_another_then_ask_the_new_and_the_pinned_version()
    {
        Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");
        const string test = nameof(Propose_as_one_user_review_and_publish_as_another_then_ask_the_new_and_the_pinned_version);
        await using var service = await ServiceProcess.StartAsync("governance", new Dictionary<string, string>(), fx.Http);
        var before = await AskApiAsync(service.BaseUrl, "上个月优惠金额");
        var oldVersion = before.GetProperty("metric").GetProperty("version").GetInt32();
        var oldValue = FirstValue(before);

        // 1. east_wang proposes on the metric's page.
        var (author, authorPage) = await PageAsAsync(test + "-author", "east_wang");
        string proposalId;
        try
        {
            await authorPage.GotoAsync(service.BaseUrl + "/#/metric/" + Metric);
            await authorPage.Locator("#propose-form").WaitForAsync();
            await authorPage.Locator("#prop-synonyms").FillAsync("已完成订单优惠");
            await authorPage.Locator("#prop-fields").FillAsync(Filters);
            await authorPage.Locator("#prop-reason").FillAsync("只计已完成订单的优惠");
            await authorPage.Locator("#prop-send").ClickAsync();
            var link = authorPage.Locator("#prop-result a");
            await link.WaitForAsync();
            proposalId = (await link.TextContentAsync())!.Trim();
            output.WriteLine("proposal " + proposalId + ": " + await authorPage.Locator("#prop-result").InnerTextAsync());

            // The author may not approve his own proposal: the page shows the service's reason.
            await link.ClickAsync();
            await authorPage.Locator("#proposal-detail").WaitForAsync();
            await authorPage.Locator("#review-approve").ClickAsync();
            await authorPage.Locator("#review-result .alert-error").WaitForAsync();
            output.WriteLine("own approval: " + await authorPage.Locator("#review-result").InnerTextAsync());
            await fx.ScreenshotAsync(authorPage, test + "-author");
        }
        finally { await author.CloseAsync(); }

        // 2. The CEO finds it in the review queue, sees the diff (fields and SQL), approves and publishes.
        var (reviewer, page) = await PageAsAsync(test + "-reviewer", "ceo");
        try
        {
            await page.GotoAsync(service.BaseUrl + "/#/governance/queue");
            var item = page.Locator($"#proposal-list li[data-id='{proposalId}'] a");
            await item.WaitForAsync();
            await item.ClickAsync();
            await page.Locator("#proposal-detail").WaitForAsync();
            Assert.True(await page.Locator("#proposal-detail tr[data-path^='filters']").CountAsync() > 0, "the diff names the filters");
            var sqlBefore = await page.Locator("#proposal-detail .diff-sql div:first-child code").TextContentAsync();
            var sqlAfter = await page.Locator("#proposal-detail .diff-sql div:last-child code").TextContentAsync();
            // The values are bound parameters: the new filter shows as a condition on the status column.
            Assert.DoesNotContain("status", sqlBefore ?? "", StringComparison.Ordinal);
            Assert.Contains("status", sqlAfter ?? "", StringComparison.Ordinal);
            await page.Locator("#review-comment").FillAsync("同意");
            await page.Locator("#review-approve").ClickAsync();
            await page.Locator("#proposal-detail .gov-reviews li").WaitForAsync();
            await page.Locator("#proposal-publish").ClickAsync();
            await page.Locator("#proposal-detail[data-status='published']").WaitForAsync();
            await fx.ScreenshotAsync(page, test + "-reviewer");

            // 3. The search box answers with the new version at once.
            await page.GotoAsync(service.BaseUrl + "/#/");
            await AskInBoxAsync(page, "上个月优惠金额");
            var card = page.Locator(AnswerCard + ".status-answered");
            await card.WaitForAsync();
            var after = await AskApiAsync(service.BaseUrl, "上个月优惠金额");
            Assert.Equal(oldVersion + 1, after.GetProperty("metric").GetProperty("version").GetInt32());
            Assert.NotEqual(oldValue, FirstValue(after));
            Assert.Contains("v" + (oldVersion + 1), await card.InnerTextAsync(), StringComparison.Ordinal);

            // 4. The old version is still answerable when pinned, and labelled as not current.
            var pinned = $"按v{oldVersion}口径的优惠金额";
            await AskInBoxAsync(page, pinned);
            await page.Locator(AnswerCard + ".status-answered").WaitForAsync();
            await page.WaitForFunctionAsync("v => document.querySelector('#answer').innerText.includes(v)", "v" + oldVersion);
            var pinnedApi = await AskApiAsync(service.BaseUrl, pinned);
            Assert.Equal(oldVersion, pinnedApi.GetProperty("metric").GetProperty("version").GetInt32());
            Assert.Equal(oldValue, FirstValue(pinnedApi));
            Assert.NotEmpty(pinnedApi.GetProperty("warnings").EnumerateArray());
            await fx.ScreenshotAsync(page, test + "-answers");
        }
        catch { output.WriteLine(service.Log); throw; }
        finally { await reviewer.CloseAsync(); }
    }

    private async Task<(IBrowserContext, IPage)> PageAsAsync(string test, string user)
    {
        var (context, page) = await fx.NewPageAsync(test, record: false);
        await context.AddInitScriptAsync($"localStorage.setItem('ma.user', '{user}')");
        return (context, page);
    }

    private static async Task AskInBoxAsync(IPage page, string question)
    {
        var box = page.Locator("#search-box");
        await box.FillAsync(question);
        await box.PressAsync("Enter");
        await page.WaitForFunctionAsync("q => { const e = document.querySelector('#answer .answer-question'); return e && e.textContent.trim() === q; }", question);
    }

    private async Task<JsonElement> AskApiAsync(string baseUrl, string question)
    {
        using var response = await fx.Http.PostAsJsonAsync(baseUrl + "/api/ask", new { question, user = "ceo", now = PortalFixture.Now });
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("answered", doc.RootElement.GetProperty("status").GetString());
        return doc.RootElement.Clone();
    }

    private static double FirstValue(JsonElement answer)
    {
        var metric = answer.GetProperty("metric").GetProperty("id").GetString();
        var columns = answer.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        return answer.GetProperty("rows")[0][columns.IndexOf(metric)].GetDouble();
    }
}
