using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>Every answer and refusal is on the audit trail before it is returned, and stays there across a restart.</summary>
public sealed class AuditApiTests
{
    private static async Task<JsonElement> AuditAsync(HttpClient client, string asUser, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit?" + query);
        request.Headers.Add("X-User", asUser);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Answers_and_refusals_are_recorded_and_survive_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ma-audit-{Guid.NewGuid():N}");
        try
        {
            await using (var first = new ApiFactoryBase(directory) { KeepFiles = true })
            {
                var client = first.CreateClient();
                await client.PostAsync("/api/ask", new StringContent("""{"question":"上个月华东的GMV","user":"east_wang","now":"2025-07-15T10:00:00"}""", Encoding.UTF8, "application/json"));
                await client.PostAsync("/api/ask", new StringContent("""{"question":"上个月毛利","user":"east_wang","now":"2025-07-15T10:00:00"}""", Encoding.UTF8, "application/json"));
                using var forbidden = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
                forbidden.Headers.Add("X-User", "guest");
                Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(forbidden)).StatusCode);
            }

            await using var second = new ApiFactoryBase(directory);
            var entries = (await AuditAsync(second.CreateClient(), "ceo", "user=east_wang")).GetProperty("entries").EnumerateArray().ToList();
            var answered = Assert.Single(entries, e => e.GetProperty("status").GetString() == "answered");
            Assert.Equal("gmv", answered.GetProperty("metricId").GetString());
            Assert.Contains("SELECT", answered.GetProperty("sql").GetString());
            Assert.Contains("east", answered.GetProperty("scopeJson").GetString());
            Assert.True(answered.GetProperty("rowCount").GetInt32() >= 1);
            var denied = Assert.Single(entries, e => e.GetProperty("status").GetString() == "denied");
            Assert.Equal(JsonValueKind.Null, denied.GetProperty("sql").ValueKind);
            Assert.Equal("上个月毛利", denied.GetProperty("question").GetString());
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
