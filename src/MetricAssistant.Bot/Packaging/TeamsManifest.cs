using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Packaging;

/// <summary>The Teams app manifest (schema <see cref="ManifestVersion"/>) for the bot: one conversational bot in
/// personal chat, teams and group chats, with its commands listed.</summary>
public static class TeamsManifest
{
    public const string ManifestVersion = "1.22";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    public static JsonObject Build(TeamsAppPackageRequest request)
    {
        var id = request.AppId.ToString("D");
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = request.Version,
            ["id"] = id,
            ["developer"] = new JsonObject
            {
                ["name"] = request.DeveloperName,
                ["websiteUrl"] = request.WebsiteUrl.AbsoluteUri,
                ["privacyUrl"] = request.PrivacyUrl.AbsoluteUri,
                ["termsOfUseUrl"] = request.TermsOfUseUrl.AbsoluteUri,
            },
            ["name"] = new JsonObject
            {
                ["short"] = request.Name,
                ["full"] = $"{request.Name} — 指标助手 governed metrics",
            },
            ["description"] = new JsonObject
            {
                ["short"] = "Ask governed business metrics in Chinese or English.",
                ["full"] = "问指标，得到口径一致的答案：每个回答都说明用的是哪个指标定义、哪个时间范围、哪些过滤条件，并附上 SQL。"
                           + " Ask about governed business metrics in Chinese or English: every answer names the metric definition, time range and filters it used, with the SQL behind it.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = request.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = id,
                    ["scopes"] = StringArray(Scopes),
                    ["supportsFiles"] = false,
                    ["isNotificationOnly"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["scopes"] = StringArray(Scopes),
                            ["commands"] = new JsonArray
                            {
                                Command("help", "What I can answer, with examples / 使用说明"),
                                Command("指标列表", "List the metrics / 列出所有指标"),
                                Command("定义", "定义 GMV: show a metric's definition / 查看指标口径"),
                            },
                        },
                    },
                },
            },
            ["validDomains"] = new JsonArray { request.Endpoint.IdnHost },
        };
    }

    private static JsonObject Command(string title, string description) => new() { ["title"] = title, ["description"] = description };

    private static JsonArray StringArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
