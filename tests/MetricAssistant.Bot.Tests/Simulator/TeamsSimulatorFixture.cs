using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// The real service (the Api build output) on a loopback port and Microsoft's Teams simulator
/// (m365agentsplayground, telemetry off) pointed at its /api/messages, on another loopback port.
/// Tests talk to the simulator as a Teams user would (its conversation API) and read what the bot
/// sent from the simulator's conversation stream (a WebSocket), never from the bot.
/// </summary>
public sealed class TeamsSimulatorFixture : IAsyncLifetime
{
    public const string Now = "2025-07-15T10:00:00";

    private readonly StringBuilder log = new();
    private readonly Dictionary<string, List<BotMessage>> received = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim arrived = new(0);
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim creating = new(1, 1);
    private readonly HashSet<string> threads = new(StringComparer.Ordinal);
    private ServiceProcess? service;
    private Process? simulator;
    private ClientWebSocket? stream;
    private Task? reader;
    private string? tempDir;

    public string? SkipReason { get; private set; }
    public string ServiceUrl { get; private set; } = "";
    public string SimulatorUrl { get; private set; } = "";
    public string BotId { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public string PersonalChatId { get; private set; } = "";
    public string BotName { get; private set; } = "";
    public string TeamMemberId { get; private set; } = "";
    public string TeamChannelId { get; private set; } = "";
    public string GroupChatId { get; private set; } = "";

    private const string PlaygroundConfig = """
        version: "0.1.1"
        tenantId: 00000000-0000-0000-0000-0000000000001
        bot:
          id: 00000000-0000-0000-0000-00000000000011
          name: Test Bot
        currentUser:
          id: user-id-0
          name: Alex Wilber
          userPrincipleName: alexw@example.com
          aadObjectId: 00000000-0000-0000-0000-0000000000020
          givenName: Alex
          surname: Wilber
          email: alexw@example.com
        users:
          - id: user-id-1
            name: Megan Bowen
            userPrincipleName: fin1@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: fin1@example.com
          - id: user-id-2
            name: Megan Bowen
            userPrincipleName: fin2@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: fin2@example.com
          - id: user-id-3
            name: Megan Bowen
            userPrincipleName: fin3@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: fin3@example.com
          - id: user-id-4
            name: Megan Bowen
            userPrincipleName: fin4@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: fin4@example.com
          - id: user-id-5
            name: Megan Bowen
            userPrincipleName: fin5@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000021
            givenName: Megan
            surname: Bowen
            email: fin5@example.com
        personalChat:
          id: __PERSONAL__
        groupChat:
          id: __GROUP__
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements
        """;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };
    public string Log { get { lock (log) return log.ToString() + service?.Log; } }

    public async Task InitializeAsync()
    {
        SkipReason = await NodeTools.EnsureAsync();
        if (SkipReason is not null) return;
        tempDir = Directory.CreateTempSubdirectory("ma-teams-").FullName;
        var simulatorPort = ServiceProcess.FreePort();
        SimulatorUrl = $"http://127.0.0.1:{simulatorPort}";
        service = await ServiceProcess.StartAsync("teams", new Dictionary<string, string>
        {
            ["Teams__ReferenceNow"] = Now,
            ["Teams__MaxConcurrentTurns"] = "8",
        }, Http);
        ServiceUrl = service.BaseUrl;

        // Channels and group chats answer within what every member may see. The simulator's team and group chat hold the
        // signed-in CEO and five users (its schema wants exactly five), here all mapped to the finance lead: everyone sees
        // every metric unscoped, so answers there equal the CEO's.
        await File.WriteAllTextAsync(Path.Combine(tempDir, ".m365agentsplayground.yml"), PlaygroundConfig.Replace("__PERSONAL__", Guid.NewGuid().ToString()).Replace("__GROUP__", Guid.NewGuid().ToString()));
        var sim = new ProcessStartInfo("node") { WorkingDirectory = tempDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { NodeTools.PlaygroundCli, "-e", ServiceUrl + "/api/messages", "-c", "msteams", "-p", simulatorPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt" })
            sim.ArgumentList.Add(arg);
        // The playground opens a browser unless TEAMSAPPTESTER_BROWSER is "none"; where xdg-open is missing that attempt
        // is an uncaught error and the playground exits (BROWSER alone is not read by it).
        sim.Environment["BROWSER"] = "none";
        sim.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        simulator = Start(sim, "simulator");
        await WaitAsync(SimulatorUrl + "/_debug/ping", simulator, TimeSpan.FromSeconds(60));

        var config = (await Http.GetFromJsonAsync<JsonObject>(SimulatorUrl + "/_internal/v1/config"))!["config"]!;
        BotId = (string)config["bot"]!["id"]!;
        BotName = (string)config["bot"]!["name"]!;
        TeamChannelId = (string)config["teams"]![0]!["channels"]![0]!["id"]!;
        TeamMemberId = (string)config["teams"]![0]!["members"]![0]!;
        UserId = (string)config["currentUser"]!["id"]!;
        PersonalChatId = (string)config["personalChat"]!["id"]!;
        GroupChatId = (string)config["groupChats"]![0]!["id"]!;

        stream = new ClientWebSocket();
        await stream.ConnectAsync(new Uri($"ws://127.0.0.1:{simulatorPort}/_ws_conversation/v1/conversations/stream"), stop.Token);
        reader = Task.Run(ReadStreamAsync);
    }

    /// <summary>
    /// A new conversation: a thread the bot starts in the team's General channel (the Connector's
    /// create-conversation API). The simulator keeps one personal chat per user, so threads are how a
    /// test gets as many separate conversations as it needs; in a channel the user @mentions the bot.
    /// </summary>
    public async Task<string> NewConversationAsync()
    {
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = BotId },
            ["isGroup"] = true,
            ["activity"] = new JsonObject { ["type"] = "message", ["text"] = "Metric questions" },
            ["channelData"] = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = TeamChannelId },
                ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000001" },
            },
        };
        // A thread's id is the channel's plus the opening message's time in ms: threads opened in the same
        // millisecond would be one conversation, so they are opened one at a time and checked for uniqueness.
        await creating.WaitAsync();
        try
        {
            while (true)
            {
                using var response = await Http.PostAsJsonAsync(SimulatorUrl + "/_connector/v3/conversations", body);
                response.EnsureSuccessStatusCode();
                var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
                if (threads.Add(id)) return id;
                await Task.Delay(2);
            }
        }
        finally
        {
            creating.Release();
        }
    }

    /// <summary>The user types <paramref name="text"/>; returns the bot's next card message in that conversation.</summary>
    public async Task<BotMessage> AskAsync(string conversationId, string text, TimeSpan? timeout = null)
    {
        var before = Count(conversationId);
        var channel = conversationId != PersonalChatId;
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = Sender(conversationId) }, ["text"] = channel ? $"<at>{BotName}</at> {text}" : text, ["textFormat"] = "plain" };
        if (channel)
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = $"<at>{BotName}</at>" });
        using var response = await Http.PostAsJsonAsync($"{SimulatorUrl}/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        response.EnsureSuccessStatusCode();
        return await NextAsync(conversationId, before, timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>The user clicks an Action.Submit button of the bot's message: the simulator posts its data back to the bot.</summary>
    public async Task<BotMessage> ClickAsync(BotMessage message, JsonObject action, JsonObject? inputs = null, TimeSpan? timeout = null)
    {
        var before = Count(message.ConversationId);
        var value = (JsonObject)action["data"]!.DeepClone();
        foreach (var (key, input) in inputs ?? []) value[key] = input?.DeepClone();
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = message.ConversationId },
            ["from"] = new JsonObject { ["id"] = Sender(message.ConversationId) },
            ["replyToId"] = message.MessageId,
            ["value"] = value,
        };
        using var response = await Http.PostAsJsonAsync(SimulatorUrl + "/_conversation/v1/submit", body);
        response.EnsureSuccessStatusCode();
        return await NextAsync(message.ConversationId, before, timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>The simulator installs the app into the conversation (installationUpdate and conversationUpdate).</summary>
    public async Task<BotMessage> InstallAsync(string conversationId)
    {
        var before = Count(conversationId);
        using var response = await Http.PostAsJsonAsync($"{SimulatorUrl}/_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject());
        response.EnsureSuccessStatusCode();
        return await NextAsync(conversationId, before, TimeSpan.FromSeconds(60));
    }

    public IReadOnlyList<BotMessage> Messages(string conversationId)
    {
        lock (received) return received.TryGetValue(conversationId, out var list) ? list.ToArray() : [];
    }

    public IReadOnlyList<BotMessage> AllMessages()
    {
        lock (received) return received.Values.SelectMany(l => l).ToArray();
    }

    // The simulator posts a channel message as the signed-in user whoever sends it, but checks the sender is a team member.
    private string Sender(string conversationId) => conversationId == PersonalChatId ? UserId : TeamMemberId;

    private int Count(string conversationId) => Messages(conversationId).Count;

    private async Task<BotMessage> NextAsync(string conversationId, int before, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var messages = Messages(conversationId);
            if (messages.Count > before) return messages[before];
            await arrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"no bot message in {conversationId} within {timeout}.\n{Log}");
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && stream!.State == WebSocketState.Open)
            {
                var result = await stream.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(frame.ToArray());
                frame.SetLength(0);
                Record(text);
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException e) { lock (log) log.AppendLine("stream: " + e.Message); }
    }

    private void Record(string text)
    {
        if (JsonNode.Parse(text) is not JsonObject update || (string?)update["action"] != "createMessage") return;
        var message = update["message"] as JsonObject;
        var conversation = (string?)update["actionConversationId"];
        if (message is null || conversation is null || (string?)message["from"]?["id"] != BotId) return;
        var cards = (message["attachments"] as JsonArray ?? [])
            .Select(a => a?["content"] as JsonObject).OfType<JsonObject>().Select(c => (JsonObject)c.DeepClone()).ToArray();
        if (cards.Length == 0) return; // the bot only sends cards; a thread's opening text is not a reply
        var bot = new BotMessage(conversation, (string)message["messageId"]!, (string?)message["text"], cards, DateTime.UtcNow);
        lock (received)
        {
            if (!received.TryGetValue(conversation, out var list)) received[conversation] = list = [];
            list.Add(bot);
        }
        arrived.Release();
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        if (reader is not null) await Task.WhenAny(reader, Task.Delay(2000));
        stream?.Dispose();
        if (simulator is not null)
        {
            try { if (!simulator.HasExited) simulator.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await simulator.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).ConfigureAwait(false);
            simulator.Dispose();
        }
        if (service is not null) await service.DisposeAsync();
        Http.Dispose();
        if (tempDir is not null) try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { }
    }

    private Process Start(ProcessStartInfo info, string name)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + name);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine($"[{name}] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine($"[{name}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitAsync(string url, Process process, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (process.HasExited) throw new InvalidOperationException($"{url}: process exited ({process.ExitCode}):\n{Log}");
            try
            {
                using var response = await Http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} not up after {limit}:\n{Log}");
    }
}

[CollectionDefinition(Name)]
public sealed class TeamsSimulatorCollection : ICollectionFixture<TeamsSimulatorFixture>
{
    public const string Name = "teams-simulator";
}
