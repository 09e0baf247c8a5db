using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;

namespace MetricAssistant.Api.Tests.Limits;

/// <summary>
/// Property-based abuse of every door that takes input (ask, query, Teams, governance) with random and adversarial
/// requests — malformed, huge and deep JSON, odd unicode, control characters, SQL and prompt injections, wrong types,
/// spoofed headers: never a 5xx, never a stack trace or exception type, never a value the claimed caller may not see.
/// Bounded iterations, a fixed seed per run printed on failure (CsCheck shrinks to the smallest failing request).
/// </summary>
public sealed partial class AdversarialInputTests(ApiFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    /// <summary>What guest may see (the policy's public tag), per the demo domain spec.</summary>
    private static readonly HashSet<string> GuestMetrics = ["order_count", "visitors", "new_customers"];

    private static readonly HashSet<string> FinanceSensitive = ["gross_profit", "gross_margin"];

    [Fact]
    public async Task Random_and_adversarial_requests_never_crash_leak_internals_or_exceed_the_callers_rights()
    {
        using var client = factory.CreateClient();
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await FuzzGenerators.Requests.SampleAsync(request => CheckAsync(client, request, outcomes), iter: 300, threads: 2);
        output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} ×{o.Value}")));
        // The inputs reach past the front door: some are answered (so the rights checks run), some refused as invalid.
        Assert.Contains(outcomes.Keys, k => k.EndsWith(" answered", StringComparison.Ordinal));
        Assert.Contains(outcomes.Keys, k => k.StartsWith("400", StringComparison.Ordinal));
    }

    private static async Task CheckAsync(HttpClient client, FuzzRequest request, System.Collections.Concurrent.ConcurrentDictionary<string, int> outcomes)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body is not null) message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body)) { Headers = { { "Content-Type", request.ContentType } } };
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var kind = body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : "-";
        outcomes.AddOrUpdate($"{(int)response.StatusCode} {request.Path.Split('?')[0].Split('/')[2]} {kind}", 1, (_, n) => n + 1);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request}: {Trim(body)}");
        Assert.False(StackTrace().IsMatch(body), $"stack trace or exception type for {request}: {Trim(body)}");
        if (response.StatusCode != HttpStatusCode.OK || !body.StartsWith('{')) return;

        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("status", out var status) || status.GetString() != "answered") return;
        var metrics = json.RootElement.GetProperty("query").GetProperty("metrics").EnumerateArray().Select(m => m.GetString()!).ToArray();
        var scope = json.RootElement.GetProperty("scope").EnumerateArray().Select(s => s.GetProperty("dimension").GetString()).ToArray();
        switch (request.ClaimedUser)
        {
            case "guest":
                Assert.True(metrics.All(GuestMetrics.Contains), $"guest answered {string.Join(",", metrics)} for {request}");
                break;
            case "east_wang":
                Assert.True(!metrics.Any(FinanceSensitive.Contains) && scope.Contains("region"), $"east_wang answered {string.Join(",", metrics)} scoped by {string.Join(",", scope)} for {request}");
                break;
            case "ecom_zhao":
                Assert.True(!metrics.Any(FinanceSensitive.Contains) && scope.Contains("online_offline"), $"ecom_zhao answered {string.Join(",", metrics)} scoped by {string.Join(",", scope)} for {request}");
                break;
        }
    }

    [Fact]
    public async Task The_checks_themselves_catch_what_they_look_for()
    {
        // The guest rule is not vacuous: a guest's public question is answered (and so checked), a finance one is not.
        using var client = factory.CreateClient();
        var allowed = await client.PostAsync("/api/ask", Json("{\"question\":\"2025年6月订单数\",\"user\":\"guest\",\"now\":\"2025-07-15T10:00:00\"}"));
        Assert.Contains("\"answered\"", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await client.PostAsync("/api/ask", Json("{\"question\":\"2025年6月毛利率\",\"user\":\"guest\",\"now\":\"2025-07-15T10:00:00\"}"));
        Assert.Contains("\"denied\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Matches(StackTrace(), "System.InvalidOperationException: boom\n   at MetricAssistant.Foo.Bar()");
        Assert.DoesNotMatch(StackTrace(), "{\"status\":\"invalid\",\"message\":\"The question is longer than 500 characters\"}");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Trim(string body) => body.Length > 600 ? body[..600] + "…" : body;

    /// <summary>A .NET stack frame, an exception type name, or a namespace-qualified type.</summary>
    [GeneratedRegex(@"\bat [A-Z][\w`]*\.[\w.`<>]+\(|\b[A-Z]\w*Exception\b|\bSystem\.[A-Z]\w+\.|\bMetricAssistant\.[A-Z]\w+\.|\bMicrosoft\.[A-Z]\w+\.")]
    private static partial Regex StackTrace();
}
