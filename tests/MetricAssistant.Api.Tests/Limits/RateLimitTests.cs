using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using MetricAssistant.Api.Limits;

namespace MetricAssistant.Api.Tests.Limits;

/// <summary>Per-caller budgets: the 429 with Retry-After and a JSON body; spoofed headers buy no new bucket.</summary>
public sealed class RateLimitTests(RateLimitTests.TightFactory factory) : IClassFixture<RateLimitTests.TightFactory>
{
    public sealed class TightFactory : ApiFactoryBase
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:AnswersPerMinute", "3");
            builder.UseSetting("RateLimits:GovernancePerMinute", "1000");
        }
    }

    [Fact]
    public async Task The_fourth_question_in_a_minute_is_429_with_retry_after_and_a_json_error_whoever_the_headers_claim_to_be()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var ok = await client.PostAsJsonAsync("/api/ask", new { question = "上个月订单数", user = "guest", now = "2025-07-15T10:00:00" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, ok.StatusCode);
        }
        foreach (var spoof in new[] { "ceo", "someone-else" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/query") { Content = JsonContent.Create(new { query = new { metrics = new[] { "order_count" } }, user = spoof }) };
            request.Headers.Add("X-User", spoof);
            request.Headers.Add("X-Forwarded-For", $"10.0.0.{spoof.Length}");
            var limited = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "Retry-After in seconds");
            var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("rate_limited", body.GetProperty("status").GetString());
            Assert.Equal("rate_limited", body.GetProperty("error").GetProperty("code").GetString());
            Assert.True(body.GetProperty("retryAfterSeconds").GetInt32() >= 1);
        }
        // Another kind of endpoint has its own budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/proposals?user=ceo")).StatusCode);
    }

    [Fact]
    public void Signed_in_callers_are_counted_by_user_and_everyone_else_by_address()
    {
        var signedIn = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        signedIn.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "alice")], "Bearer", "name", "roles"));
        signedIn.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");
        Assert.Equal("user:alice", RateLimitPolicies.PartitionKey(signedIn, byUser: true));
        // Teams traffic arrives from the Bot Connector: counted by address even when signed in.
        Assert.Equal("ip:192.0.2.1", RateLimitPolicies.PartitionKey(signedIn, byUser: false));

        var anonymous = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        anonymous.Request.Headers["X-User"] = "ceo";
        anonymous.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        anonymous.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        Assert.Equal("ip:192.0.2.7", RateLimitPolicies.PartitionKey(anonymous, byUser: true));
    }
}
