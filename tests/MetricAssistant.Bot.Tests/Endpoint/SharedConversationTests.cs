using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MetricAssistant.Bot.Protocol;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// Channels and group chats: the answer shown there is what every member may see (the roster read through the
/// Connector); what only the asker may see goes to them 1:1, or is refused with the reason, never shown in the channel.
/// </summary>
public sealed partial class SharedConversationTests : IDisposable
{
    private const string FinLi = "00000000-0000-0000-0000-0000000000021";
    private const string GrossMargin = "上个月的毛利率";

    private readonly BotApiFactory service = new();
    private readonly HttpClient http;

    public SharedConversationTests() => http = service.CreateClient();

    public void Dispose() => service.Dispose();

    private static ChannelAccount Member(string aad) => new(Activities.UserId(aad), "member " + aad[^2..], aad);

    private string Channel(params string[] members)
    {
        var id = "19:channel-" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        service.Connector.Rosters[id] = [.. members.Select(Member), new ChannelAccount(Activities.BotId, "Metric Assistant", null, "bot")];
        return id;
    }

    private async Task<string> AskAsync(string conversation, string question, int before, string asker = Activities.Ceo, string type = "channel")
    {
        await http.PostAsJsonAsync("/api/messages", Activities.ChannelMessage(question, conversation, asker, type));
        return Text(await service.Connector.NextMessageAsync(conversation, before));
    }

    private static string Text(JsonObject message) => string.Join("\n", CardWalker.Texts(message["attachments"]![0]!["content"]));

    [GeneratedRegex(@"\d+(\.\d+)?%")]
    private static partial Regex Percent();

    [Fact]
    public async Task A_guest_in_the_channel_means_the_ceo_gets_the_restricted_number_privately()
    {
        var channel = Channel(Activities.Ceo, Activities.Guest);
        var shown = await AskAsync(channel, GrossMargin, 0);
        Assert.Contains("私聊", shown);
        Assert.DoesNotMatch(Percent(), shown);

        var (_, bot, member, tenant) = Assert.Single(service.Connector.Created);
        Assert.Equal((Activities.BotId, Activities.UserId(Activities.Ceo), "tenant-1"), (bot, member, tenant));
        var privately = Text(await service.Connector.NextMessageAsync("a:1on1-" + Activities.UserId(Activities.Ceo)));
        Assert.Contains("毛利率", privately);
        Assert.Matches(Percent(), privately);
        Assert.All(service.Connector.Messages(channel), m => Assert.DoesNotMatch(Percent(), Text(m)));
    }

    [Fact]
    public async Task An_unmapped_member_counts_as_having_no_rights()
    {
        var channel = Channel(Activities.Ceo, Activities.Stranger);
        var shown = await AskAsync(channel, "上个月的订单数", 0, type: "groupChat");
        Assert.Contains("私聊", shown);
        Assert.DoesNotMatch(@"\d", shown); // no count at all in the group chat
        Assert.Contains("订单数", Text(await service.Connector.NextMessageAsync("a:1on1-" + Activities.UserId(Activities.Ceo))));
    }

    [Fact]
    public async Task A_channel_where_everyone_may_see_it_gets_the_answer_there()
    {
        var channel = Channel(Activities.Ceo, FinLi);
        var shown = await AskAsync(channel, GrossMargin, 0);
        Assert.Matches(Percent(), shown);
        Assert.Empty(service.Connector.Created);
    }

    [Fact]
    public async Task The_roster_is_read_again_when_members_leave()
    {
        var channel = Channel(Activities.Ceo, FinLi, Activities.Guest);
        Assert.DoesNotMatch(Percent(), await AskAsync(channel, GrossMargin, 0));
        Assert.DoesNotMatch(Percent(), await AskAsync(channel, GrossMargin, 1));
        Assert.Single(service.Connector.RosterReads, channel); // cached between turns

        // The guest leaves: Teams says so, and the roster the Connector returns no longer has them.
        service.Connector.Rosters[channel] = [Member(Activities.Ceo), Member(FinLi)];
        await http.PostAsJsonAsync("/api/messages", Activities.MembersChanged(channel, removed: [Activities.Guest]));
        Assert.Matches(Percent(), await AskAsync(channel, GrossMargin, 2));
        Assert.Equal(2, service.Connector.RosterReads.Count(r => r == channel));
    }

    [Fact]
    public async Task When_no_private_conversation_can_be_made_the_channel_gets_the_reason_and_no_number()
    {
        service.Connector.CreateFails = "403 Forbidden: the bot is not installed for this user";
        var channel = Channel(Activities.Ceo, Activities.Guest);
        var shown = await AskAsync(channel, GrossMargin, 0);
        Assert.Contains("403 Forbidden", shown);
        Assert.Contains("没能私聊", shown);
        await Task.Delay(300);
        Assert.All(service.Connector.Sent.Where(s => (string?)s.Activity["type"] == "message"), s => Assert.DoesNotMatch(Percent(), Text(s.Activity)));
    }

    [Fact]
    public async Task A_personal_chat_is_answered_as_before_without_reading_a_roster()
    {
        var activity = Activities.Message(GrossMargin);
        await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Matches(Percent(), Text(await service.Connector.NextMessageAsync(Activities.ConversationOf(activity))));
        Assert.Empty(service.Connector.RosterReads);
        Assert.Empty(service.Connector.Created);
    }

    [Fact]
    public async Task A_roster_that_cannot_be_read_shows_nothing_restricted_in_the_channel()
    {
        var channel = "19:unknown-" + Guid.NewGuid().ToString("N") + "@thread.tacv2"; // no roster: the Connector refuses
        var shown = await AskAsync(channel, GrossMargin, 0);
        Assert.DoesNotMatch(Percent(), shown);
        Assert.Matches(Percent(), Text(await service.Connector.NextMessageAsync("a:1on1-" + Activities.UserId(Activities.Ceo))));
    }
}
