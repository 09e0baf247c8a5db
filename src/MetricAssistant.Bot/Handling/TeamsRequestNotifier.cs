using System.Text.Json.Nodes;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Understanding.Text;
using Microsoft.Extensions.Logging;
using static MetricAssistant.Bot.Cards.CardElements;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// Tells a requester in Teams that their request was answered: a proactive message (a card) to the conversation the
/// request was made in, through the bot's Connector client, as the bot, addressed to the requester. Requests made
/// elsewhere are not its business; a failed send is logged (the stored notification stays for the requester to read).
/// </summary>
public sealed class TeamsRequestNotifier(IConnectorClient connector, ICatalogProvider catalogs, ILogger<TeamsRequestNotifier> logger) : IRequestNotifier
{
    public async Task NotifyAsync(MetricRequest request, RequestEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        if (request.Teams is not { } teams) return;
        var zh = teams.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true || LanguageDetector.Of(request.Question, teams.Locale) == "zh";
        var message = Message(request, change, zh);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = teams.ChannelId,
            ["from"] = Account(teams.BotId, teams.BotName),
            ["recipient"] = Account(teams.UserId, teams.UserName),
            ["conversation"] = new JsonObject { ["id"] = teams.ConversationId },
            ["attachments"] = new JsonArray(Attachment(Card(Body(request, change, message, zh), fallbackText: message))),
        };
        if (teams.Locale is not null) activity["locale"] = teams.Locale;
        var result = await connector.SendAsync(teams.ServiceUrl, teams.ConversationId, null, activity, cancellationToken);
        if (result.Succeeded)
            logger.LogInformation("Told {User} in Teams about request {Id} ({Kind}).", request.RequesterId, request.Id, change.Kind);
        else
            logger.LogWarning("Could not tell {User} in Teams about request {Id}: {Status} {Error}", request.RequesterId, request.Id, result.StatusCode, result.Error);
    }

    private List<JsonNode?> Body(MetricRequest request, RequestEvent change, string message, bool zh)
    {
        var body = new List<JsonNode?> { Container([Text(message)], style: change.Status == RequestStatus.Declined ? "warning" : "good") };
        if (change.Comment is { Length: > 0 } comment) body.Add(Text((zh ? "留言：" : "Comment: ") + comment, subtle: true));
        var facts = new List<(string, string)> { (zh ? "问题" : "Question", request.Question), (zh ? "编号" : "Id", request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (request.MetricId is { } id)
        {
            var metric = catalogs.Current.FindMetric(id);
            facts.Add((zh ? "已发布指标" : "Published metric", metric is null ? id : $"{(zh ? metric.Name.Zh : metric.Name.En)} ({id})"));
        }
        body.Add(Facts(facts));
        return body;
    }

    private static string Message(MetricRequest request, RequestEvent change, bool zh)
    {
        var title = request.Title;
        if (change.Kind == RequestEventKind.Comment)
            return zh ? $"{change.UserId} 回复了你提报的指标需求“{title}”（编号 {request.Id}）。" : $"{change.UserId} replied to your metric request \"{title}\" ({request.Id}).";
        return (change.Status, zh) switch
        {
            (RequestStatus.Accepted, true) => $"你提报的指标需求“{title}”（编号 {request.Id}）已被{request.Domain.Zh}的 {change.UserId} 受理。",
            (RequestStatus.Accepted, false) => $"Your metric request \"{title}\" ({request.Id}) was accepted by {change.UserId} ({request.Domain.En}).",
            (RequestStatus.Declined, true) => $"你提报的指标需求“{title}”（编号 {request.Id}）未被采纳（{change.UserId}，{request.Domain.Zh}）。",
            (RequestStatus.Declined, false) => $"Your metric request \"{title}\" ({request.Id}) was declined by {change.UserId} ({request.Domain.En}).",
            (RequestStatus.Done, true) => $"你提报的指标需求“{title}”（编号 {request.Id}）已完成：指标 {change.MetricId} 已发布，现在就可以问了。",
            (RequestStatus.Done, false) => $"Your metric request \"{title}\" ({request.Id}) is done: metric {change.MetricId} is published, ask away.",
            (_, true) => $"你提报的指标需求“{title}”（编号 {request.Id}）有了新进展。",
            _ => $"Your metric request \"{title}\" ({request.Id}) has news.",
        };
    }

    private static JsonObject? Account(string? id, string? name)
    {
        if (id is null) return null;
        var node = new JsonObject { ["id"] = id };
        if (name is not null) node["name"] = name;
        return node;
    }
}
