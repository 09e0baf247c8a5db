using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Connector;

/// <summary>
/// Reads a conversation's roster and creates 1:1 conversations, with the bot's token, at the activity's serviceUrl
/// (the same address rules as replies). Teams names a member's Entra id <c>objectId</c>; the spec <c>aadObjectId</c>: both are read.
/// </summary>
public sealed class ConnectorConversations(HttpClient http, IConnectorTokenProvider tokens, IOptions<BotOptions> options, ILogger<ConnectorConversations> logger) : IConnectorConversations
{
    private const int MaxMembers = 10_000;

    public async Task<IReadOnlyList<ChannelAccount>?> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        if (!ConnectorEndpoint.TryBuild(serviceUrl, conversationId, null, options.Value.AuthenticationEnabled, out var activities, out var problem))
        {
            logger.LogWarning("Roster not read: {Problem}.", problem);
            return null;
        }
        var address = new Uri(activities!.AbsoluteUri[..^"/activities".Length] + "/members");
        var (status, body, error) = await CallAsync(HttpMethod.Get, address, null, cancellationToken);
        if (error is not null || body is null)
        {
            logger.LogWarning("Roster of {Conversation} not read: {Status} {Error}", conversationId, status, error);
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) return null;
            var members = new List<ChannelAccount>();
            foreach (var m in doc.RootElement.EnumerateArray().Take(MaxMembers))
            {
                if (m.ValueKind != JsonValueKind.Object) continue;
                members.Add(new ChannelAccount(Text(m, "id"), Text(m, "name"), Text(m, "aadObjectId") ?? Text(m, "objectId"), Text(m, "role")));
            }
            return members;
        }
        catch (JsonException e)
        {
            logger.LogWarning("Roster of {Conversation} is not JSON: {Error}", conversationId, e.Message);
            return null;
        }
    }

    public async Task<(string? ConversationId, string? Error)> CreatePersonalAsync(string serviceUrl, ChannelAccount bot, ChannelAccount member, string? tenantId, CancellationToken cancellationToken)
    {
        // Any conversation id builds the same base; the path is then cut back to /v3/conversations.
        if (!ConnectorEndpoint.TryBuild(serviceUrl, "x", null, options.Value.AuthenticationEnabled, out var probe, out var problem))
            return (null, problem);
        var address = new Uri(probe!.AbsoluteUri[..^"/x/activities".Length]);
        var parameters = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = bot.Id, ["name"] = bot.Name },
            ["members"] = new JsonArray(new JsonObject { ["id"] = member.Id }),
        };
        if (tenantId is not null)
        {
            parameters["tenantId"] = tenantId;
            parameters["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        }
        var (status, body, error) = await CallAsync(HttpMethod.Post, address, parameters.ToJsonString(), cancellationToken);
        if (error is not null) return (null, error);
        try
        {
            using var doc = JsonDocument.Parse(body ?? "");
            return doc.RootElement.ValueKind == JsonValueKind.Object && Text(doc.RootElement, "id") is { Length: > 0 } id
                ? (id, null)
                : (null, $"{status}: the Connector returned no conversation id");
        }
        catch (JsonException)
        {
            return (null, $"{status}: the Connector's answer is not JSON");
        }
    }

    private async Task<(int Status, string? Body, string? Error)> CallAsync(HttpMethod method, Uri address, string? json, CancellationToken cancellationToken)
    {
        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            using var request = new HttpRequestMessage(method, address);
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, text, null) : (status, null, $"{status} {response.ReasonPhrase}");
        }
        catch (ConnectorTokenException e)
        {
            return (0, null, $"no token for the Connector: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return (0, null, $"transport error: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, null, "no answer in time");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
