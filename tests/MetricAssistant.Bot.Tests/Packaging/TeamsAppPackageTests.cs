using System.IO.Compression;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Packaging;

namespace MetricAssistant.Bot.Tests.Packaging;

public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ma-teams-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    private static TeamsAppPackageRequest Request(string endpoint = "https://bot.example.com", string? name = null)
    {
        Assert.True(TeamsAppPackageRequest.TryCreate(AppId, endpoint, name, null, null, null, null, null, out var request, out var problems), string.Join(" ", problems));
        return request!;
    }

    [Fact]
    public void The_manifest_names_the_bot_its_scopes_commands_and_domain()
    {
        var manifest = TeamsManifest.Build(Request("https://bot.example.com/api/messages", name: "指标助手"));

        Assert.Equal(TeamsManifest.SchemaUrl, manifest["$schema"]!.GetValue<string>());
        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Contains("/v" + manifest["manifestVersion"]!.GetValue<string>() + "/", manifest["$schema"]!.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        var developer = manifest["developer"]!.AsObject();
        Assert.Equal("https://bot.example.com/", developer["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://bot.example.com/privacy", developer["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://bot.example.com/terms", developer["termsOfUseUrl"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(developer["name"]!.GetValue<string>()));
        Assert.Equal("指标助手", manifest["name"]!["short"]!.GetValue<string>());
        Assert.True(manifest["name"]!["full"]!.GetValue<string>().Length <= 100);
        Assert.True(manifest["description"]!["short"]!.GetValue<string>().Length <= 80);
        Assert.True(manifest["description"]!["full"]!.GetValue<string>().Length <= 4000);
        Assert.Equal("color.png", manifest["icons"]!["color"]!.GetValue<string>());
        Assert.Equal("outline.png", manifest["icons"]!["outline"]!.GetValue<string>());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest["accentColor"]!.GetValue<string>());

        var bot = Assert.Single(manifest["bots"]!.AsArray())!.AsObject();
        Assert.Equal(AppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        var commands = Assert.Single(bot["commandLists"]!.AsArray())!["commands"]!.AsArray();
        Assert.Equal(["help", "指标列表", "定义"], commands.Select(c => c!["title"]!.GetValue<string>()));
        Assert.All(commands, c => Assert.True(c!["title"]!.GetValue<string>().Length <= 32 && c["description"]!.GetValue<string>().Length <= 128));

        Assert.Equal(["bot.example.com"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void The_messaging_endpoint_is_api_messages_on_the_endpoint_host()
    {
        Assert.Equal("https://bot.example.com/api/messages", Request("https://bot.example.com").MessagingEndpoint.ToString());
        Assert.Equal("https://bot.example.com:8443/api/messages", Request("https://bot.example.com:8443/api/messages").MessagingEndpoint.ToString());
    }

    [Fact]
    public void The_color_icon_is_192_square_and_opaque_with_a_white_glyph()
    {
        var image = PngReader.Read(TeamsIcons.ColorPng("#1F6FEB"));
        Assert.Equal((192, 192, (byte)6), (image.Width, image.Height, image.ColorType));
        var pixels = Enumerable.Range(0, 192 * 192).Select(i => image.Pixel(i % 192, i / 192)).ToList();
        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.Contains(pixels, p => p == (31, 111, 235, 255));
        Assert.Contains(pixels, p => p == (255, 255, 255, 255));
        Assert.Equal((31, 111, 235, 255), image.Pixel(0, 0));
    }

    [Fact]
    public void The_outline_icon_is_32_square_white_on_transparent()
    {
        var image = PngReader.Read(TeamsIcons.OutlinePng());
        Assert.Equal((32, 32, (byte)6), (image.Width, image.Height, image.ColorType));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => image.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels, p => Assert.True(p == (255, 255, 255, 255) || p.A == 0, $"{p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Equal(0, image.Pixel(0, 0).A);
    }

    [Fact]
    public void The_zip_holds_exactly_the_manifest_and_icons_at_its_root()
    {
        var package = TeamsAppPackager.Write(Request(name: "Metric Assistant"), directory);

        Assert.Equal("metric-assistant-teams-app.zip", Path.GetFileName(package.ZipPath));
        using var zip = ZipFile.OpenRead(package.ZipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
            Assert.Equal(AppId, JsonNode.Parse(reader.ReadToEnd())!["id"]!.GetValue<string>());
        using (var icon = new MemoryStream())
        {
            zip.GetEntry("outline.png")!.Open().CopyTo(icon);
            Assert.Equal(32, PngReader.Read(icon.ToArray()).Width);
        }
        Assert.True(File.Exists(package.ManifestPath) && File.Exists(package.ColorIconPath) && File.Exists(package.OutlineIconPath));

        // Writing again replaces the zip rather than failing or appending.
        var again = TeamsAppPackager.Write(Request(name: "Metric Assistant"), directory);
        using var second = ZipFile.OpenRead(again.ZipPath);
        Assert.Equal(3, second.Entries.Count);
    }

    [Theory]
    [InlineData(null, "https://bot.example.com", "--app-id is required")]
    [InlineData("not-a-guid", "https://bot.example.com", "--app-id must be")]
    [InlineData("00000000-0000-0000-0000-000000000000", "https://bot.example.com", "--app-id must be")]
    [InlineData(AppId, null, "--endpoint is required")]
    [InlineData(AppId, "http://bot.example.com", "--endpoint must be an absolute https")]
    [InlineData(AppId, "bot.example.com", "--endpoint must be an absolute https")]
    [InlineData(AppId, "https://localhost:5080", "reach from the internet")]
    [InlineData(AppId, "https://user:pw@bot.example.com", "without user info")]
    public void Bad_input_is_a_list_of_problems(string? appId, string? endpoint, string expected)
    {
        Assert.False(TeamsAppPackageRequest.TryCreate(appId, endpoint, null, null, null, null, null, null, out var request, out var problems));
        Assert.Null(request);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Assert.False(TeamsAppPackageRequest.TryCreate("x", "ftp://x", new string('n', 31), "one", new string('d', 33), "http://a", null, null, out _, out var problems));
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void Zip_names_come_from_the_app_name()
    {
        Assert.Equal("metricassistant", TeamsAppPackager.ZipStem("MetricAssistant"));
        Assert.Equal("my-metrics-bot", TeamsAppPackager.ZipStem("  My Metrics -- Bot! "));
        Assert.Equal("app", TeamsAppPackager.ZipStem("指标助手"));
    }
}
