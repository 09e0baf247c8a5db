using System.Net;
using System.Text;
using System.Text.Json;
using MetricAssistant.Api.Identity;
using Microsoft.AspNetCore.Hosting;

namespace MetricAssistant.Api.Tests;

/// <summary>A deployment: demo identities off, callers identified by an API key whose roles come from configuration.</summary>
public sealed class DeployedModeTests(DeployedModeTests.Factory factory) : IClassFixture<DeployedModeTests.Factory>
{
    public const string ViewerKey = "viewer-key-0123456789";

    public sealed class Factory : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:DemoIdentities", "false");
            builder.UseSetting("Identity:Auth:ApiKeys:0:Name", "portal-viewer");
            builder.UseSetting("Identity:Auth:ApiKeys:0:KeySha256", ApiKeyHash.ComputeHex(ViewerKey));
            builder.UseSetting("Identity:Auth:ApiKeys:0:Roles:0", "viewer");
        }
    }

    private async Task<HttpResponseMessage> AskAsync(object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Without_credentials_nothing_lets_a_caller_choose_who_they_are()
    {
        var response = await AskAsync(new { question = "上个月GMV", user = "ceo", now = "2025-07-15" }, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync(new { question = "上个月GMV", user = "ceo" }, "wrong-key")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task The_keys_roles_decide_and_the_requests_user_is_ignored()
    {
        var denied = JsonDocument.Parse(await (await AskAsync(new { question = "上个月GMV", user = "ceo", now = "2025-07-15" }, ViewerKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("denied", denied.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, denied.GetProperty("sql").ValueKind);
        var allowed = JsonDocument.Parse(await (await AskAsync(new { question = "上个月订单数", user = "ceo", now = "2025-07-15" }, ViewerKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("answered", allowed.GetProperty("status").GetString());
    }

    private async Task<HttpResponseMessage> MeAsync(string? key, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me?user=ceo");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (bearer is not null) request.Headers.Add("Authorization", "Bearer " + bearer);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Me_without_credentials_is_a_401_problem_that_says_how_to_sign_in()
    {
        var response = await MeAsync(key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("authentication required", body.GetProperty("code").GetString());
        Assert.False(body.GetProperty("demoIdentities").GetBoolean());
        Assert.Equal(["apiKey"], body.GetProperty("signInMethods").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("wrong-key", null)]
    [InlineData(null, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    public async Task Me_with_bad_credentials_is_a_401_invalid_credentials(string? key, string? bearer)
    {
        var response = await MeAsync(key, bearer);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid credentials", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Me_with_the_key_is_the_keys_caller_never_the_requested_user_and_lists_no_demo_users()
    {
        var response = await MeAsync(ViewerKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("portal-viewer", body.GetProperty("userId").GetString());
        Assert.Equal("portal-viewer", body.GetProperty("displayName").GetString());
        Assert.Equal(["viewer"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("system", body.GetProperty("kind").GetString());
        Assert.False(body.GetProperty("demoIdentities").GetBoolean());
        Assert.Equal(0, body.GetProperty("demoUsers").GetArrayLength());
    }
}
