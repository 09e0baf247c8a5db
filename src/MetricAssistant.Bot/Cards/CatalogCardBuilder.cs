using System.Text.Json.Nodes;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Windows;
using static MetricAssistant.Bot.Cards.CardElements;

namespace MetricAssistant.Bot.Cards;

/// <summary>The cards that are not answers: welcome and help, the list of metrics the user may see, one metric's definition.</summary>
public sealed class CatalogCardBuilder(SemanticCatalog catalog)
{
    public JsonObject Welcome(string language, string? userName, IReadOnlyList<string> visibleMetrics, bool greet)
    {
        var text = CardText.For(language);
        var examples = Examples(visibleMetrics, text);
        var body = new List<JsonNode?>();
        if (greet)
            body.Add(Text(text.Zh ? $"你好{(userName is null ? "" : "，" + userName)}！我是指标助手。" : $"Hi{(userName is null ? "" : " " + userName)}! I'm Metric Assistant.", size: "Medium", weight: "Bolder"));
        body.Add(Text(text.Zh
            ? "用中文或英文问我公司的指标，我按官方口径（定义、版本、负责人）计算并按你的权限回答。也可以接着问：“那华南呢？”“按渠道看看”。"
            : "Ask about the company's metrics in English or Chinese: I compute them from the official definitions (with version and owner), under your permissions. Follow-ups work too: \"and last year?\", \"by channel\"."));
        body.Add(Text(text.Zh ? "命令：**帮助**、**指标列表**、**定义 客单价**" : "Commands: **help**, **list metrics**, **define aov**", subtle: true));
        if (examples.Count > 0) body.Add(Text(text.Examples, weight: "Bolder"));
        var actions = examples.Select(q => (JsonNode?)Submit(q, CardActionData.AskQuestion(q)));
        return Card(body, actions, fallbackText: text.Zh ? "指标助手：用中文或英文提问。" : "Metric Assistant: ask in English or Chinese.");
    }

    public JsonObject MetricList(string language, IReadOnlyList<string> visibleMetrics)
    {
        var text = CardText.For(language);
        var metrics = visibleMetrics.Select(catalog.FindMetric).OfType<MetricDefinition>().Where(m => m.IsPublished).ToArray();
        var body = new List<JsonNode?>
        {
            Text(text.Zh ? $"你可以查询的指标（{metrics.Length}个）" : $"Metrics you can ask about ({metrics.Length})", size: "Medium", weight: "Bolder"),
        };
        foreach (var domain in metrics.GroupBy(m => m.Domain).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            body.Add(Text(domain.Key, weight: "Bolder", spacing: "Medium"));
            body.Add(Facts(domain.Select(m => (m.Name.For(text.Language) + (m.Official ? " ✅" : ""), $"{m.Id} · v{m.Version} · {m.Owner.For(text.Language)}"))));
        }
        if (metrics.Length == 0) body.Add(Text(text.Zh ? "你目前没有可查询的指标，请联系数据团队开通权限。" : "No metric is open to you yet; ask the data team for access."));
        return Card(body, fallbackText: string.Join(", ", metrics.Select(m => m.Name.For(text.Language))));
    }

    public JsonObject Definition(string language, MetricDefinition metric)
    {
        var text = CardText.For(language);
        var body = new List<JsonNode?>
        {
            Text(metric.Name.For(text.Language), size: "Medium", weight: "Bolder"),
            Text($"{(metric.Official ? text.Official : text.NotOfficial)} · {metric.Id} · v{metric.Version} · {metric.Status.ToString().ToLowerInvariant()}", subtle: true, spacing: "None"),
            Text(metric.Description.For(text.Language)),
            Facts(
            [
                (text.Owner, metric.Owner.For(text.Language)),
                (text.Domain, metric.Domain),
                (text.DefaultWindow, DefaultWindows.Describe(metric.DefaultWindow, text.Language)),
                (text.Synonyms, string.Join("、", metric.Synonyms.Take(8))),
            ]),
        };
        if (metric.ReplacedBy is { } replacement)
            body.Add(Container([Text(text.Zh ? $"⚠️ 已停用，请改用 {replacement}" : $"⚠️ Deprecated: use {replacement}")], style: "warning"));
        if (metric.TypicalQuestions.Count > 0) body.Add(Text(text.TypicalQuestions, weight: "Bolder"));
        var actions = metric.TypicalQuestions.Take(4).Select(q => (JsonNode?)Submit(q, CardActionData.AskQuestion(q)));
        return Card(body, actions, fallbackText: metric.Description.For(text.Language));
    }

    public static JsonObject Notice(string message, string style = "default") => Card([Container([Text(message)], style: style)], fallbackText: message);

    /// <summary>Typical questions of the first few metrics the user may see, in the card's language when one exists.</summary>
    private List<string> Examples(IReadOnlyList<string> visibleMetrics, CardText text)
    {
        var metrics = visibleMetrics.Select(catalog.FindMetric).OfType<MetricDefinition>().Where(m => m.IsPublished)
            .OrderByDescending(m => m.Official).ThenBy(m => m.Id, StringComparer.Ordinal);
        var examples = new List<string>();
        foreach (var metric in metrics)
        {
            var question = metric.TypicalQuestions.FirstOrDefault(q => text.Zh == (LanguageDetector.Of(q) == "zh")) ?? metric.TypicalQuestions.FirstOrDefault();
            if (question is not null) examples.Add(question);
            if (examples.Count == 3) break;
        }
        return examples;
    }
}
