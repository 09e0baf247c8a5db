using System.Net;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>GET /api/me in the embedded default (demo identities on).</summary>
public sealed class MeApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Names_the_requested_demo_user_and_lists_the_demo_users()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/me?user=east_wang")).RootElement;
        Assert.Equal("east_wang", body.GetProperty("userId").GetString());
        Assert.Equal("王经理 (East China)", body.GetProperty("displayName").GetString());
        Assert.Equal(["regional_manager"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("demo", body.GetProperty("kind").GetString());
        Assert.True(body.GetProperty("demoIdentities").GetBoolean());
        var demoUsers = body.GetProperty("demoUsers").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.Equal(["ceo", "fin_li", "east_wang", "ecom_zhao", "guest"], demoUsers);
    }

    [Fact]
    public async Task Without_a_user_is_the_configured_default_user()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/me")).RootElement;
        Assert.Equal("guest", body.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task An_unknown_demo_user_is_a_400_problem_naming_the_demo_users()
    {
        var response = await client.GetAsync("/api/me?user=nobody");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unknown_user", body.GetProperty("code").GetString());
        Assert.Contains("ceo", body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_metric_detail_carries_its_version_history_and_the_names_of_its_dimensions()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/metrics/gmv?user=ceo")).RootElement;
        var changelog = body.GetProperty("changelog").EnumerateArray().ToList();
        Assert.True(changelog.Count >= 3);
        Assert.Equal(body.GetProperty("summary").GetProperty("version").GetInt32(), changelog[^1].GetProperty("version").GetInt32());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", changelog[0].GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(changelog[0].GetProperty("summary").GetProperty("en").GetString()));
        var channel = body.GetProperty("dimensionDetails").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "channel");
        Assert.Equal("渠道", channel.GetProperty("name").GetProperty("zh").GetString());
        var tmall = channel.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "tmall");
        Assert.Equal("天猫", tmall.GetProperty("name").GetProperty("zh").GetString());
        Assert.Equal(body.GetProperty("dimensions").GetArrayLength(), body.GetProperty("dimensionDetails").GetArrayLength());
    }
}
