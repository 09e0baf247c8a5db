using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests.Limits;

/// <summary>Bodies too large, JSON too deep, questions too long: clear 413/400s, never a 500 or a stack trace.</summary>
public sealed class RequestSizeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_body_over_the_limit_is_413_with_a_problem_body()
    {
        using var client = factory.CreateClient();
        var huge = "{\"question\":\"" + new string('a', 1024 * 1024 + 10) + "\",\"user\":\"ceo\"}";
        foreach (var path in new[] { "/api/ask", "/api/query", "/api/proposals", "/api/requests" })
        {
            var response = await client.PostAsync(path, new StringContent(huge, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains("at most", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Json_nested_deeper_than_allowed_is_400_without_exception_details()
    {
        using var client = factory.CreateClient();
        var deep = "{\"question\":\"上个月GMV\",\"user\":\"ceo\",\"x\":" + new string('[', 200) + new string(']', 200) + "}";
        var response = await client.PostAsync("/api/ask", new StringContent(deep, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_question_is_400_invalid_with_a_reason()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/ask", new StringContent(JsonSerializer.Serialize(new { question = new string('问', 20_000), user = "ceo" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Equal("question_too_long", body.GetProperty("error").GetProperty("code").GetString());
    }
}
