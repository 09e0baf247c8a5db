using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MetricAssistant.Bot.Protocol;
using MetricAssistant.Bot.Tests.Simulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// Teams users' rights through directory groups read from a directory export (<c>Directory:Source=file</c>): a user
/// nobody mapped gets their groups' roles in a personal chat and as a member of a shared conversation; a directory that
/// cannot be read gives no rights.
/// </summary>
public sealed partial class DirectoryGroupsTeamsTests : IDisposable
{
    private const string FinanceGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000002";
    private const string GrossMargin = "上个月的毛利率";

    private readonly BotApiFactory service = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ma-directory-" + Guid.NewGuid().ToString("N"));

    public DirectoryGroupsTeamsTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        service.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"\d+(\.\d+)?%")]
    private static partial Regex Percent();

    private HttpClient Client(string directoryJson)
    {
        var path = Path.Combine(folder, "directory.json");
        File.WriteAllText(path, directoryJson);
        return service.WithWebHostBuilder(b =>
        {
            b.UseSetting("Directory:Source", "file");
            b.UseSetting("Directory:FilePath", path);
        }).CreateClient();
    }

    private static string Text(JsonObject message) => string.Join("\n", CardWalker.Texts(message["attachments"]![0]!["content"]));

    [Fact]
    public async Task An_unmapped_user_in_the_finance_group_gets_finance_rights_in_a_personal_chat()
    {
        var http = Client($$"""{ "users": { "{{Activities.Stranger}}": ["{{FinanceGroup}}"] } }""");
        var question = Activities.Message(GrossMargin, Activities.Stranger);
        await http.PostAsJsonAsync("/api/messages", question);
        var answer = Text(await service.Connector.NextMessageAsync(Activities.ConversationOf(question)));
        Assert.Contains("毛利率", answer);
        Assert.Matches(Percent(), answer);
    }

    [Fact]
    public async Task A_directory_that_cannot_be_read_gives_no_rights()
    {
        var http = Client("{ not json");
        var question = Activities.Message(GrossMargin, Activities.Stranger);
        await http.PostAsJsonAsync("/api/messages", question);
        var reply = Text(await service.Connector.NextMessageAsync(Activities.ConversationOf(question)));
        Assert.DoesNotMatch(Percent(), reply);
        Assert.Contains("没有开通", reply); // "your Teams account is not set up"
    }

    [Fact]
    public async Task In_a_channel_a_member_is_mapped_through_their_groups_too()
    {
        var http = Client($$"""{ "users": { "{{Activities.Stranger}}": ["{{FinanceGroup}}"] } }""");
        var channel = "19:channel-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        service.Connector.Rosters[channel] =
        [
            new ChannelAccount(Activities.UserId(Activities.Ceo), "ceo", Activities.Ceo),
            new ChannelAccount(Activities.UserId(Activities.Stranger), "stranger", Activities.Stranger),
            new ChannelAccount(Activities.BotId, "Metric Assistant", null, "bot"),
        ];
        await http.PostAsJsonAsync("/api/messages", Activities.ChannelMessage(GrossMargin, channel, Activities.Ceo));
        var shown = Text(await service.Connector.NextMessageAsync(channel));
        // Without the directory the stranger has no rights and the number goes 1:1; through the finance group everyone here may see it.
        Assert.Matches(Percent(), shown);
        Assert.Empty(service.Connector.Created);
    }
}
