using System.Text.Json;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Security;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Bot.Protocol;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// One Teams turn: a question, a command (help, list metrics, define X), a card action (a clarification
/// choice, feedback) or a welcome. Every question goes through the same <see cref="IAskService"/> as the
/// API, as the mapped catalog identity, with the Teams conversation as the follow-up context.
/// </summary>
public sealed class TeamsTurnHandler(
    IAskService ask,
    ICatalogProvider catalogs,
    DefinitionLookup definitions,
    IFeedbackStore feedback,
    TeamsIdentityMapper identities,
    IAnswerImageLinker images,
    IOptionsMonitor<TeamsOptions> options,
    TimeProvider time,
    LearnedExampleService? learning = null,
    RequestService? requests = null,
    SharedConversations? shared = null)
{
    public async Task<TurnReply?> HandleAsync(Activity activity, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var language = Language(activity);
        var catalog = catalogs.Current;
        var cards = new CatalogCardBuilder(catalog);
        if (activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        {
            var caller = await identities.ResolveAsync(activity.From, activity.TenantId, cancellationToken);
            // In a channel the welcome lists what everyone there may ask about.
            if (caller is not null && shared is not null && SharedConversations.IsShared(activity))
                caller = await shared.AudienceAsync(activity, caller, cancellationToken);
            return new TurnReply(cards.Welcome(language, caller?.DisplayName, caller is null ? [] : new AccessEvaluator(catalog).VisibleMetrics(caller), greet: true), "welcome");
        }

        var who = await identities.ResolveAsync(activity.From, activity.TenantId, cancellationToken);
        if (who is null)
            return new TurnReply(CatalogCardBuilder.Notice(CardText.For(language).Zh
                ? "抱歉，你的 Teams 账号还没有开通指标助手。请联系数据团队为你配置权限。"
                : "Sorry, your Teams account is not set up for Metric Assistant yet. Please ask the data team to give you access.", "warning"), "refused");

        // In a channel or group chat what is shown is what every member may see (feedback and requests stay the asker's own).
        var readers = shared is not null && SharedConversations.IsShared(activity) ? await shared.AudienceAsync(activity, who, cancellationToken) : who;

        if (CardAction(activity) is { } action)
            return await HandleActionAsync(activity, action, who, readers, catalog, publicBaseUrl, cancellationToken);

        var command = BotCommand.Parse(activity.Text);
        var commandLanguage = command.Text.Length > 0 ? LanguageDetector.Of(command.Text, activity.Locale) : language;
        var access = new AccessEvaluator(catalog);
        return command.Kind switch
        {
            BotCommandKind.Empty or BotCommandKind.Help => new TurnReply(cards.Welcome(commandLanguage, who.DisplayName, access.VisibleMetrics(readers), greet: false), "help"),
            // The definitions everyone in the conversation may read (DefinitionVisibility), as the catalog page lists them; published only, as the bot answers those.
            BotCommandKind.ListMetrics => new TurnReply(cards.MetricList(commandLanguage, new DefinitionVisibility(catalog).Visible(readers)
                .Where(m => m.IsPublished).Select(m => m.Id).Order(StringComparer.Ordinal).ToArray()), "metrics"),
            BotCommandKind.Define => await DefineAsync(command.Text, commandLanguage, readers, catalog, cancellationToken),
            _ => await AskSharedAsync(activity, command.Text, who, readers, catalog, publicBaseUrl, cancellationToken),
        };
    }

    /// <summary>
    /// Asked where others read the answer: answered there when everyone may see it; else, when the asker alone may,
    /// answered to them privately with a short notice in the conversation, or refused with the reason if that fails.
    /// </summary>
    private async Task<TurnReply> AskSharedAsync(Activity activity, string question, Caller who, Caller readers, SemanticCatalog catalog, string publicBaseUrl, CancellationToken cancellationToken,
        ClarificationChoice? choice = null)
    {
        var everyone = await AskAsync(activity, question, readers, catalog, publicBaseUrl, cancellationToken, choice);
        if (ReferenceEquals(readers, who) || everyone.AnswerStatus == AnswerStatus.Answered) return everyone;
        var own = await AskAsync(activity, question, who, catalog, publicBaseUrl, cancellationToken, choice);
        if (own.AnswerStatus != AnswerStatus.Answered) return everyone;
        var language = LanguageDetector.Of(question, activity.Locale);
        var failure = await shared!.SendPrivatelyAsync(activity, own.Card, cancellationToken);
        return failure is null
            ? new TurnReply(SharedConversations.SentPrivately(language, who.DisplayName), "sent_privately", AnswerStatus.Denied, own.MetricId)
            : new TurnReply(SharedConversations.NotSent(language, failure), "private_refused", AnswerStatus.Denied, own.MetricId);
    }

    private async Task<TurnReply> AskAsync(Activity activity, string question, Caller who, SemanticCatalog catalog, string publicBaseUrl, CancellationToken cancellationToken,
        ClarificationChoice? choice = null)
    {
        var settings = options.CurrentValue;
        var request = new AskRequest(question, Now: string.IsNullOrWhiteSpace(settings.ReferenceNow) ? null : settings.ReferenceNow, ConversationId: ConversationKey(activity), Choice: choice);
        var answer = await ask.AskAsync(request, who, cancellationToken);
        var language = LanguageDetector.Of(question, activity.Locale);
        var chart = answer.Status == AnswerStatus.Answered ? await images.LinkAsync(answer, language, publicBaseUrl, cancellationToken) : null;
        var card = new AnswerCardBuilder(catalog, settings.MaxTableRows).Build(answer, language, chart);
        return new TurnReply(card, "answer", answer.Status, answer.Metric?.Id);
    }

    private async Task<TurnReply> HandleActionAsync(Activity activity, JsonElement action, Caller who, Caller readers, SemanticCatalog catalog, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var kind = String(action, CardActionData.ActionKey);
        var language = Language(activity);
        switch (kind)
        {
            case CardActionData.Ask when String(action, "question") is { Length: > 0 } asked:
                // A clarification button says which question it clarifies and which metric was chosen: learned once answered.
                var choice = String(action, "clarifies") is { Length: > 0 } clarified && String(action, "metric") is { Length: > 0 } chosen
                    ? new ClarificationChoice(Clip(clarified, TextNormalizer.MaxLength), Clip(chosen, 100))
                    : null;
                return await AskSharedAsync(activity, asked, who, readers, catalog, publicBaseUrl, cancellationToken, choice);
            case CardActionData.Define when String(action, "metric") is { Length: > 0 } metric:
                return await DefineAsync(metric, language, readers, catalog, cancellationToken);
            case CardActionData.Feedback:
                var helpful = action.TryGetProperty("helpful", out var h) && h.ValueKind == JsonValueKind.True;
                var comment = String(action, CardActionData.CommentInput);
                var question = String(action, "question");
                var metricId = String(action, "metric");
                await feedback.AddAsync(new FeedbackEntry(time.GetUtcNow(), who.UserId, Clip(question, 2000), Clip(metricId, 100), helpful, Clip(comment, 1000)), cancellationToken);
                if (helpful && question is not null && Query(action) is { } query && learning is not null && learning.HelpfulProblems(question, query).Count == 0)
                    await learning.RecordHelpfulAsync(question, query, who, cancellationToken);
                var zh = question is not null ? LanguageDetector.Of(question, activity.Locale) == "zh" : language == "zh";
                var thanks = CardText.For(zh ? "zh" : "en");
                // 👎: not what the user wanted, so the same question may go to the owners as a request.
                if (!helpful && question is not null && requests is not null)
                    return new TurnReply(CardElements.Card([CardElements.Container([CardElements.Text(thanks.ThanksFeedback)], style: "good"), CardElements.Text(thanks.RequestHint, subtle: true)],
                        [CardElements.Submit(thanks.RequestMetric, CardActionData.RequestMetric(Clip(question, TextNormalizer.MaxLength)!))], thanks.ThanksFeedback), "feedback");
                return new TurnReply(CatalogCardBuilder.Notice(thanks.ThanksFeedback, "good"), "feedback");
            case CardActionData.Request when requests is not null && String(action, "question") is { Length: > 0 } wanted:
                return await RequestAsync(activity, wanted, who, cancellationToken);
            default:
                return new TurnReply(CatalogCardBuilder.Notice(CardText.For(language).Zh ? "这个按钮已失效，请直接提问。" : "That button no longer works; please ask again.", "warning"), "unknown_action");
        }
    }

    /// <summary>A request (提报) with the question that led here; the conversation is kept so the answer comes back to it.</summary>
    private async Task<TurnReply> RequestAsync(Activity activity, string question, Caller who, CancellationToken cancellationToken)
    {
        var text = CardText.For(LanguageDetector.Of(question, activity.Locale));
        var conversation = new TeamsConversation(activity.ServiceUrl!, activity.Conversation!.Id!, activity.ChannelId, activity.Recipient?.Id, activity.Recipient?.Name,
            activity.From?.Id, activity.From?.Name, activity.Locale, activity.TenantId);
        var (request, failure) = await requests!.CreateAsync(new CreateRequestBody(null, Clip(question, TextNormalizer.MaxLength), null, null), who, "teams", conversation, cancellationToken);
        if (failure is not null)
            return new TurnReply(CatalogCardBuilder.Notice(text.Zh ? $"没能提报：{failure.Message}" : $"The request was not made: {failure.Message}", "warning"), "request_refused");
        var message = text.Zh
            ? $"已提报：编号 {request!.Id}，状态：待处理（{RequestRules.Name(request.Status)}），已转给{request.DomainZh}的指标负责人。有答复时会在这里通知你。"
            : $"Request {request!.Id} made: status {RequestRules.Name(request.Status)}, sent to the {request.Domain} metric owners. You will hear back here when they answer.";
        return new TurnReply(CardElements.Card([CardElements.Container([CardElements.Text(message)], style: "good"),
            CardElements.Facts([(text.Zh ? "问题" : "Question", request.Question), (text.Zh ? "编号" : "Id", request.Id), (text.Zh ? "负责领域" : "Domain", text.Zh ? request.DomainZh : request.Domain)])],
            fallbackText: message), "request");
    }

    private async Task<TurnReply> DefineAsync(string term, string language, Caller who, SemanticCatalog catalog, CancellationToken cancellationToken)
    {
        var metric = await definitions.FindAsync(term, who, cancellationToken);
        if (metric is null)
            return new TurnReply(CatalogCardBuilder.Notice(CardText.For(language).Zh ? $"没有找到你可以查看的指标“{term}”。发送“指标列表”看看有哪些。" : $"No metric called \"{term}\" that you may see. Send \"list metrics\" to see them.", "warning"), "define_not_found");
        return new TurnReply(new CatalogCardBuilder(catalog).Definition(language, metric), "definition", MetricId: metric.Id);
    }

    /// <summary>Action.Submit arrives as a message whose <c>value</c> is the button's data; Action.Execute as an invoke with <c>value.action.data</c>.</summary>
    private static JsonElement? CardAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        if (activity.Type == ActivityTypes.Invoke)
            return value.TryGetProperty("action", out var execute) && execute.ValueKind == JsonValueKind.Object
                && execute.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;
        return value.TryGetProperty(CardActionData.ActionKey, out _) ? value : null;
    }

    /// <summary>The answer's query a 👍 button carries, or null when it has none or it is not a query.</summary>
    private static QueryDto? Query(JsonElement action)
    {
        if (!action.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.Object) return null;
        try
        {
            return query.Deserialize<QueryDto>(ContractJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The follow-up context is per Teams conversation (and per caller: the store keys on both).</summary>
    private static string ConversationKey(Activity activity) => "teams:" + activity.Conversation!.Id;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Clip(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];

    private static string Language(Activity activity) =>
        activity.Locale?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true ? "zh" : LanguageDetector.Of(activity.Text ?? "", activity.Locale);
}
