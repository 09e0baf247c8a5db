using System.Net;
using System.Text;
using System.Text.Json;
using MetricAssistant.Api.Identity;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>
/// Every endpoint that acts for a caller binds it the same way (<see cref="ResolvedCaller"/>): bad credentials
/// are a 401 ProblemDetails before the endpoint runs, an unknown demo user a 400 in the endpoint's own shape,
/// a demo user is answered.
/// </summary>
public sealed class CallerBindingTests(ApiFactory demo, DeployedModeTests.Factory deployed) : IClassFixture<ApiFactory>, IClassFixture<DeployedModeTests.Factory>
{
    public static TheoryData<string, string?> CallerEndpoints => new()
    {
        { "/api/search?q=gmv&user=ceo", null },
        { "/api/ask", "{\"question\": \"上个月GMV\", \"user\": \"ceo\", \"now\": \"2025-07-15\"}" },
        { "/api/query", "{\"query\": {\"metrics\": [\"gmv\"]}, \"user\": \"ceo\", \"now\": \"2025-07-15\"}" },
        { "/api/feedback", "{\"helpful\": true, \"user\": \"ceo\"}" },
    };

    [Theory]
    [MemberData(nameof(CallerEndpoints))]
    public async Task With_demo_identities_a_bad_key_is_a_401_problem_not_a_demo_user(string path, string? body)
    {
        using var response = await SendAsync(demo.CreateClient(), path, body, apiKey: "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(CallerResolver.InvalidCredentials, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(CallerEndpoints))]
    public async Task In_a_deployment_a_bad_key_or_none_is_a_401(string path, string? body)
    {
        using var wrong = await SendAsync(deployed.CreateClient(), path, body, apiKey: "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var none = await SendAsync(deployed.CreateClient(), path, body, apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var good = await SendAsync(deployed.CreateClient(), path, body, apiKey: DeployedModeTests.ViewerKey);
        Assert.NotEqual(HttpStatusCode.Unauthorized, good.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CallerEndpoints))]
    public async Task A_demo_user_is_answered(string path, string? body)
    {
        using var response = await SendAsync(demo.CreateClient(), path, body, apiKey: null);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task An_unknown_demo_user_is_a_400_in_each_endpoints_shape()
    {
        var client = demo.CreateClient();

        using var search = await SendAsync(client, "/api/search?q=gmv&user=mallory", null, null);
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        var answer = JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid", answer.GetProperty("status").GetString());
        Assert.Equal("unknown_user", answer.GetProperty("error").GetProperty("code").GetString());

        using var ask = await SendAsync(client, "/api/ask", "{\"question\": \"gmv\", \"user\": \"mallory\"}", null);
        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        Assert.Equal("unknown_user", JsonDocument.Parse(await ask.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());

        using var feedback = await SendAsync(client, "/api/feedback", "{\"helpful\": true, \"user\": \"mallory\"}", null);
        Assert.Equal(HttpStatusCode.BadRequest, feedback.StatusCode);
        Assert.Equal("Unknown caller", JsonDocument.Parse(await feedback.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());

        using var me = await SendAsync(client, "/api/me?user=mallory", null, null);
        Assert.Equal(HttpStatusCode.BadRequest, me.StatusCode);
        Assert.Equal("unknown_user", JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? body, string? apiKey)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (apiKey is not null) request.Headers.Add(CallerAuthDefaults.ApiKeyHeader, apiKey);
        return await client.SendAsync(request);
    }
}
