using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MetricAssistant.Api.Tests.Answers;

/// <summary>/api/ask carries the display facts in the question's language; /api/answers/display gives them in the other.</summary>
public sealed class DisplayApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string url, JsonNode payload)
    {
        var response = await client.PostAsync(url, new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_chinese_answer_shown_on_an_english_page_gets_english_cells_from_the_server()
    {
        var (status, answer) = await PostAsync("/api/ask", new JsonObject { ["question"] = "上个月华东区各渠道的GMV", ["user"] = "ceo", ["now"] = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("zh", (string?)answer!["display"]!["language"]);
        Assert.Equal("渠道", (string?)answer["display"]!["columns"]![0]!["label"]);
        Assert.Equal("dimension", (string?)answer["columns"]![0]!["role"]);
        var rows = answer["rows"]!.AsArray().Count;

        var (displayStatus, display) = await PostAsync("/api/answers/display", new JsonObject { ["answer"] = answer.DeepClone(), ["language"] = "en" });
        Assert.Equal(HttpStatusCode.OK, displayStatus);
        Assert.Equal("en", (string?)display!["language"]);
        Assert.Equal("Channel", (string?)display["columns"]![0]!["label"]);
        Assert.Equal(rows, display["cells"]!.AsArray().Count);
        Assert.Contains(display["cells"]!.AsArray(), r => (string?)r![0] == "Tmall");
        Assert.Equal("bar", (string?)display["chart"]!["kind"]);
        Assert.Equal("June 2025", (string?)display["period"]);
    }

    [Fact]
    public async Task Only_an_answer_and_a_known_language_are_described()
    {
        var (status, _) = await PostAsync("/api/answers/display", new JsonObject { ["answer"] = new JsonObject { ["status"] = "denied" }, ["language"] = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, _) = await PostAsync("/api/answers/display", new JsonObject { ["answer"] = new JsonObject { ["status"] = "answered" }, ["language"] = "fr" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
