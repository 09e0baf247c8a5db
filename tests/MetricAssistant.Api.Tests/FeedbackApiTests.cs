using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricAssistant.Api.Tests;

/// <summary>Answer feedback: anyone who may ask can leave it; only catalog owners can read it.</summary>
public sealed class FeedbackApiTests(ApiFactory factory) : IClassFixture<ApiFactory>, IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-feedback-api-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? app;

    // Each test gets its own feedback file, so nothing lands in the repository's data/.
    private HttpClient Client()
    {
        app ??= factory.WithWebHostBuilder(b => b.UseSetting("Feedback:SqlitePath", Path.Combine(directory, "feedback.db")));
        return app.CreateClient();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> ReadAsync(HttpClient client, string asUser, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feedback" + query);
        request.Headers.Add("X-User", asUser);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Posted_feedback_is_read_back_by_a_catalog_owner()
    {
        var client = Client();
        var posted = await client.PostAsync("/api/feedback", Json("""{"question":"上个月华东的GMV","metricId":"gmv","helpful":false,"comment":"口径不对","user":"east_wang"}"""));
        Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);

        var response = await ReadAsync(client, "ceo", "?metric=gmv&limit=10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var entry = Assert.Single(page.GetProperty("entries").EnumerateArray());
        Assert.Equal("east_wang", entry.GetProperty("userId").GetString());
        Assert.Equal("上个月华东的GMV", entry.GetProperty("question").GetString());
        Assert.Equal("gmv", entry.GetProperty("metricId").GetString());
        Assert.False(entry.GetProperty("helpful").GetBoolean());
        Assert.Equal("口径不对", entry.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task A_guest_may_not_read_feedback()
    {
        var response = await ReadAsync(Client(), "guest");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_comment_is_refused()
    {
        var body = JsonSerializer.Serialize(new { question = "GMV", metricId = "gmv", helpful = true, comment = new string('x', 1001), user = "ceo" });
        var response = await Client().PostAsync("/api/feedback", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("comment", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_is_refused()
    {
        var response = await Client().PostAsync("/api/feedback", Json("""{"helpful": tru"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        app?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp.
        }
    }
}
