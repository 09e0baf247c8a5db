using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// Replay and verify through the API: a demo answer replays with identical rows; constructed entries (their recorded
/// metric versions or data watermark set back, and their rows' hash changed) report definition_changed and data_changed;
/// the chain verifies; and the audit right comes from the policy (guest: 403 with the reason).
/// </summary>
public sealed class AuditReplayApiTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, string asUser)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-User", asUser);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<long> AskAndFindAsync(HttpClient client, string question, string user)
    {
        var asked = await client.PostAsync("/api/ask", new StringContent(JsonSerializer.Serialize(new { question, user, now = "2025-07-15T10:00:00" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var (status, page) = await SendAsync(client, HttpMethod.Get, $"/api/audit?user={user}&status=answered&limit=1", "ceo");
        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Assert.Single(page.GetProperty("entries").EnumerateArray());
        Assert.Equal(question, entry.GetProperty("question").GetString());
        Assert.NotNull(entry.GetProperty("replay").GetProperty("parametersJson").GetString());
        return entry.GetProperty("seal").GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_demo_answer_replays_identically_and_constructed_entries_say_why_not()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ma-audit-replay-{Guid.NewGuid():N}");
        await using var factory = new ApiFactoryBase(directory);
        var client = factory.CreateClient();
        var id = await AskAndFindAsync(client, "上个月华东的GMV", "east_wang");

        var (status, replay) = await SendAsync(client, HttpMethod.Post, $"/api/audit/{id}/replay", "fin_li");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("identical", replay.GetProperty("verdict").GetString());
        Assert.True(replay.GetProperty("identical").GetBoolean());
        Assert.Equal(replay.GetProperty("recordedRowsHash").GetString(), replay.GetProperty("replayedRowsHash").GetString());
        Assert.True(replay.GetProperty("rows").GetArrayLength() >= 1);

        var (verifyStatus, verified) = await SendAsync(client, HttpMethod.Get, "/api/audit/verify", "ceo");
        Assert.Equal(HttpStatusCode.OK, verifyStatus);
        Assert.True(verified.GetProperty("valid").GetBoolean());

        // Constructed: the entry says it was computed with gmv v1 and other rows (a definition changed since).
        var definition = await AskAndFindAsync(client, "上个月的GMV", "ceo");
        await TamperAsync(directory, $"UPDATE audit_log SET metric_versions_json = '{{\"gmv\":0}}', rows_hash = 'then' WHERE id = {definition}");
        var (_, changed) = await SendAsync(client, HttpMethod.Post, $"/api/audit/{definition}/replay", "ceo");
        Assert.Equal("definition_changed", changed.GetProperty("verdict").GetString());
        Assert.Equal("gmv", changed.GetProperty("definitionChanges")[0].GetProperty("metric").GetString());

        // Constructed: the entry says its source tables went less far then, and had other rows (data arrived since).
        var data = await AskAndFindAsync(client, "上个月的订单数", "ceo");
        await TamperAsync(directory, $"UPDATE audit_log SET watermark_json = replace(watermark_json, '20', '19'), rows_hash = 'then' WHERE id = {data}");
        var (_, moved) = await SendAsync(client, HttpMethod.Post, $"/api/audit/{data}/replay", "ceo");
        Assert.Equal("data_changed", moved.GetProperty("verdict").GetString());
        Assert.True(moved.GetProperty("watermarkChanges").GetArrayLength() >= 1);

        // The edits above are what verify is for.
        var (_, broken) = await SendAsync(client, HttpMethod.Get, "/api/audit/verify", "ceo");
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(definition, broken.GetProperty("firstBreak").GetProperty("entryId").GetInt64());
        Assert.Equal("altered", broken.GetProperty("firstBreak").GetProperty("kind").GetString());

        var (missing, _) = await SendAsync(client, HttpMethod.Post, "/api/audit/999999/replay", "ceo");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        var (malformed, _) = await SendAsync(client, HttpMethod.Post, "/api/audit/abc/replay", "ceo");
        Assert.Equal(HttpStatusCode.BadRequest, malformed);
    }

    [Fact]
    public async Task The_audit_right_comes_from_the_policy_and_a_refusal_says_why()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/audit"), (HttpMethod.Get, "/api/audit/verify"), (HttpMethod.Post, "/api/audit/1/replay") })
        {
            var (status, body) = await SendAsync(client, method, path, "guest");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains("audit right", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Contains("viewer", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, method, path, "east_wang")).Status);
        }
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, "/api/audit/verify", "ceo")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, "/api/audit/verify", "fin_li")).Status);
    }

    private static async Task TamperAsync(string directory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "audit.db")};Pooling=False");
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
