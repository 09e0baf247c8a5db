using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MetricAssistant.Portal.Tests;

/// <summary>Feedback from the answer card, and the portal of a deployment: sign in with the API's own credentials, no demo picker.</summary>
[Collection(PortalCollection.Name)]
[TestCaseOrderer(NameOrderer.TypeName, NameOrderer.AssemblyName)]
public sealed class AccountTests(PortalFixture fx, ITestOutputHelper output)
{
    private const string AnswerCard = "#answer article.card.answer";

    private static void SkipWithoutChromium()
        => Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");

    private async Task TryScreenshotAsync(IPage page, string test)
    {
        try { await fx.ScreenshotAsync(page, test); } catch (PlaywrightException) { } catch (TimeoutException) { }
    }

    private static async Task AskByKeyboardAsync(IPage page, string question)
    {
        var box = page.Locator("#search-box");
        await box.ClickAsync();
        await box.FillAsync(question);
        await box.PressAsync("Enter");
    }

    [SkippableFact]
    public async Task A1_thumbs_down_with_a_comment_is_stored_and_readable_by_a_catalog_owner()
    {
        SkipWithoutChromium();
        const string test = nameof(A1_thumbs_down_with_a_comment_is_stored_and_readable_by_a_catalog_owner);
        var (context, page) = await fx.NewPageAsync(test, record: true);
        var comment = "口径说明看不懂 " + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await page.GotoAsync(fx.BaseUrl + "/");
            await page.Locator("#user-picker").SelectOptionAsync("east_wang");
            await AskByKeyboardAsync(page, "上个月GMV");
            var card = page.Locator(AnswerCard + ".status-answered");
            await card.WaitForAsync();
            await card.Locator("button.feedback-vote[aria-label='没帮助']").ClickAsync();
            Assert.Equal("true", await card.Locator("button.feedback-vote[aria-label='没帮助']").GetAttributeAsync("aria-pressed"));
            await card.Locator("textarea.feedback-comment").FillAsync(comment);
            await card.Locator("button.feedback-send").ClickAsync();
            await card.Locator(".feedback-thanks").WaitForAsync();
            await fx.ScreenshotAsync(page, test);
        }
        catch { await TryScreenshotAsync(page, test); throw; }
        finally { await context.CloseAsync(); }

        // Read back as a catalog owner (the demo's ceo); a guest may not read feedback.
        using var asOwner = new HttpRequestMessage(HttpMethod.Get, fx.BaseUrl + "/api/feedback?metric=gmv&limit=50");
        asOwner.Headers.Add("X-User", "ceo");
        using var response = await fx.Http.SendAsync(asOwner);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/feedback {(int)response.StatusCode}: {text}");
        var entries = JsonDocument.Parse(text).RootElement.GetProperty("entries").EnumerateArray().ToList();
        var mine = entries.SingleOrDefault(e => e.GetProperty("comment").GetString() == comment);
        Assert.True(mine.ValueKind == JsonValueKind.Object, $"comment '{comment}' not among {entries.Count} feedback entries: {text}");
        output.WriteLine("stored: " + mine.GetRawText());
        Assert.False(mine.GetProperty("helpful").GetBoolean());
        Assert.Equal("east_wang", mine.GetProperty("userId").GetString());
        Assert.Equal("上个月GMV", mine.GetProperty("question").GetString());
        Assert.Equal("gmv", mine.GetProperty("metricId").GetString());

        using var asGuest = new HttpRequestMessage(HttpMethod.Get, fx.BaseUrl + "/api/feedback?metric=gmv");
        asGuest.Headers.Add("X-User", "guest");
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Http.SendAsync(asGuest)).StatusCode);
    }

    [SkippableFact]
    public async Task A2_a_deployment_asks_for_the_api_key_shows_no_demo_picker_and_answers_with_the_callers_rights()
    {
        SkipWithoutChromium();
        const string test = nameof(A2_a_deployment_asks_for_the_api_key_shows_no_demo_picker_and_answers_with_the_callers_rights);
        const string question = "2025年6月各渠道的GMV";
        var (context, page) = await fx.NewPageAsync(test, record: true);
        var asks = new List<(string? Body, string? Key)>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && new Uri(r.Url).AbsolutePath == "/api/ask")
                lock (asks) asks.Add((r.PostData, r.Headers.GetValueOrDefault("x-api-key")));
        };
        try
        {
            await page.GotoAsync(fx.DeployedUrl + "/");
            var signIn = page.Locator("#view-signin");
            await signIn.WaitForAsync();
            Assert.False(await page.Locator("#user-picker").IsVisibleAsync(), "a deployment must not show the demo user picker");
            Assert.False(await page.Locator("#now-field").IsVisibleAsync());
            Assert.False(await page.Locator("#demo-note").IsVisibleAsync());
            Assert.False(await page.Locator("#view-ask").IsVisibleAsync());

            // A wrong key: a clear error, nothing kept.
            await page.Locator("#signin-credential").FillAsync("not-the-key");
            await page.Locator("#signin-credential").PressAsync("Enter");
            var error = page.Locator("#signin-error");
            await error.WaitForAsync();
            var errorText = await error.TextContentAsync();
            output.WriteLine("wrong key → " + errorText);
            Assert.Contains("无效", errorText, StringComparison.Ordinal);
            Assert.True(await signIn.IsVisibleAsync());
            Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('ma.credential')"));
            await fx.ScreenshotAsync(page, test + "_wrong_key");

            // The right key: the caller's name shows and the search box comes back.
            await page.Locator("#signin-credential").FillAsync(PortalFixture.DeployedKey);
            await page.Locator("#signin-submit").ClickAsync();
            await page.Locator("#identity-name").WaitForAsync();
            Assert.Equal(PortalFixture.DeployedCaller, (await page.Locator("#identity-name").TextContentAsync())?.Trim());
            Assert.Contains("regional_manager", await page.Locator("#identity-roles").TextContentAsync() ?? "", StringComparison.Ordinal);
            Assert.False(await page.Locator("#user-picker").IsVisibleAsync());
            Assert.False(await error.IsVisibleAsync());

            await AskByKeyboardAsync(page, question);
            var card = page.Locator(AnswerCard + ".status-answered");
            await card.WaitForAsync();
            var scope = await card.Locator(".alert-scope").InnerTextAsync();
            output.WriteLine("scope: " + scope);
            Assert.Contains("华东", scope, StringComparison.Ordinal);
            await fx.ScreenshotAsync(page, test);

            // The same question through the API with the same key: the same figure.
            using var request = new HttpRequestMessage(HttpMethod.Post, fx.DeployedUrl + "/api/ask")
            {
                Content = JsonContent(new { question }),
            };
            request.Headers.Add("X-Api-Key", PortalFixture.DeployedKey);
            using var response = await fx.Http.SendAsync(request);
            var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("answered", api.GetProperty("status").GetString());
            Assert.Equal("east", api.GetProperty("scope")[0].GetProperty("values")[0].GetString());
            var col = api.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList().IndexOf("gmv");
            var expected = api.GetProperty("rows")[0][col].GetDouble();
            var titles = await card.Locator("table.data td[title]").EvaluateAllAsync<string[]>("tds => tds.map(td => td.getAttribute('title'))");
            Assert.Contains(titles, t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)));

            // A refusal follows the caller's rights too: a regional manager may not see gross profit.
            await AskByKeyboardAsync(page, "2025年6月毛利");
            await page.Locator(AnswerCard + ".status-denied").WaitForAsync();
            Assert.Equal(0, await page.Locator("#answer table, #answer .big-number").CountAsync());

            lock (asks)
            {
                Assert.Equal(2, asks.Count);
                Assert.All(asks, a => Assert.Equal(PortalFixture.DeployedKey, a.Key));
                var bodies = asks.Select(a => JsonDocument.Parse(a.Body!).RootElement).ToList();
                Assert.All(bodies, b => Assert.False(b.TryGetProperty("user", out _), "a deployment sends no user: " + b.GetRawText()));
                // One conversation per page session.
                var ids = bodies.Select(b => b.GetProperty("conversationId").GetString()).ToList();
                Assert.True(Guid.TryParse(ids[0], out _), $"conversationId '{ids[0]}' is not a UUID");
                Assert.Equal(ids[0], ids[1]);
            }

            // Signing out forgets the key.
            await page.Locator("#sign-out").ClickAsync();
            await page.Locator("#view-signin").WaitForAsync();
            Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('ma.credential')"));
        }
        catch { await TryScreenshotAsync(page, test); throw; }
        finally { await context.CloseAsync(); }
    }

    private static StringContent JsonContent(object body)
        => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
