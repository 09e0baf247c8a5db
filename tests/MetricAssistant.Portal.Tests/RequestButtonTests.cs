using MetricAssistant.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MetricAssistant.Portal.Tests;

/// <summary>A question that finds nothing offers "request this metric"; a click makes the request and shows its id, status and domain.</summary>
[Collection(PortalCollection.Name)]
public sealed class RequestButtonTests(PortalFixture fx, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_not_found_answer_requests_the_metric_with_its_question()
    {
        Skip.If(!PortalFixture.ChromiumAvailable, $"{PortalFixture.ChromiumPath} is not installed: browser tests cannot run");
        var (context, page) = await fx.NewPageAsync(nameof(A_not_found_answer_requests_the_metric_with_its_question), record: false);
        try
        {
            await page.GotoAsync(fx.BaseUrl + "/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var box = page.Locator("#search-box");
            await box.FillAsync("上个月各门店的库存周转率");
            await box.PressAsync("Enter");
            await page.Locator("#answer article.card.answer.status-not_found").WaitForAsync();
            await page.Locator("#request-metric").ClickAsync();
            var sent = page.Locator(".request-result [data-request-id]");
            await sent.WaitForAsync();
            var text = await sent.InnerTextAsync();
            output.WriteLine(text);
            Assert.Contains("数据治理组", text);
            var id = await sent.GetAttributeAsync("data-request-id");

            using var request = new HttpRequestMessage(HttpMethod.Get, $"{fx.BaseUrl}/api/requests/{id}");
            request.Headers.Add("X-User", "ceo");
            var body = await (await fx.Http.SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains("\"question\":\"上个月各门店的库存周转率\"", body);
            Assert.Contains("\"status\":\"open\"", body);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
