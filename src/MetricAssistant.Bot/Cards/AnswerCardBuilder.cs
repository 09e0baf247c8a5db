using System.Text.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using static MetricAssistant.Bot.Cards.CardElements;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// An answer as an Adaptive Card: the number, the message, a chart image, a compact table, the
/// definition with version and owner, the scope note, and buttons (clarification choices, other
/// definitions, show SQL, 👍/👎). A refusal shows its message and nothing of the value.
/// </summary>
public sealed class AnswerCardBuilder(SemanticCatalog catalog, int maxRows = 10)
{
    public JsonObject Build(Answer answer, string language, string? chartUrl = null)
    {
        var text = CardText.For(language);
        return answer.Status switch
        {
            AnswerStatus.Answered => Answered(answer, text, chartUrl),
            AnswerStatus.ClarificationNeeded => Choices(answer, text, text.Choose, "accent"),
            AnswerStatus.NotFound => Choices(answer, text, text.Nearest, "warning"),
            _ => Card([Text(answer.Message ?? answer.Error?.Message ?? "", color: answer.Status == AnswerStatus.Denied ? "Attention" : "Warning")],
                      fallbackText: answer.Message),
        };
    }

    private JsonObject Answered(Answer answer, CardText text, string? chartUrl)
    {
        var metric = answer.Metric;
        var definition = metric is null ? null : catalog.FindMetric(metric.Id);
        var table = new AnswerTableFormatter(catalog, text);
        var body = new List<JsonNode?>();
        if (metric is not null)
        {
            body.Add(Text(definition?.Name.For(text.Language) ?? metric.Name, size: "Medium", weight: "Bolder"));
            body.Add(Text($"{(metric.Official ? text.Official : text.NotOfficial)} · {text.VersionUsed(metric.Version, metric.CurrentVersion)} · {metric.Owner}", subtle: true, spacing: "None"));
        }
        if (Headline(answer, definition, table) is { } headline)
            body.Add(Text(headline, size: "ExtraLarge", weight: "Bolder", color: "Accent"));
        body.Add(Text(answer.Message ?? ""));
        foreach (var warning in answer.Warnings)
            body.Add(Container([Text("⚠️ " + warning)], style: "warning"));
        if (answer.Scope.Count > 0)
            body.Add(Container([Text(text.Scope, weight: "Bolder", size: "Small"), Text(ScopeNote(answer, text), size: "Small")], style: "emphasis"));
        if (chartUrl is not null)
            body.Add(Image(chartUrl, $"{text.ChartAlt}: {metric?.Name}"));
        if (answer.Rows.Count > 1 || answer.Columns.Count > 2)
        {
            var shown = table.Rows(answer).Take(maxRows).ToArray();
            body.Add(Table(table.Headers(answer), shown, table.Numeric(answer)));
            if (answer.Rows.Count > shown.Length) body.Add(Text(text.MoreRows(shown.Length, answer.Rows.Count), subtle: true, size: "Small"));
        }
        if (metric is not null)
            body.Add(Container(
            [
                Facts(
                [
                    (text.Definition, answer.Definition ?? ""),
                    (text.Version, text.VersionUsed(metric.Version, metric.CurrentVersion)),
                    (text.Owner, metric.Owner),
                    (text.Status, metric.Status),
                ]),
            ], separator: true));

        var actions = new List<JsonNode?>();
        if (!string.IsNullOrEmpty(answer.Sql))
            actions.Add(ShowCard(text.ShowSql, InnerCard([Text(answer.Sql, fontType: "Monospace", size: "Small")])));
        // A 👍 brings back the query that answered (not a follow-up's: its words mean it only after the question before).
        var learnable = answer.Query is not null && answer.FollowUpOf is null ? JsonSerializer.SerializeToNode(answer.Query, ContractJson.Options) : null;
        actions.Add(Submit(text.Helpful, CardActionData.FeedbackOn(true, answer.Question, metric?.Id, learnable)));
        actions.Add(ShowCard(text.NotHelpful, InnerCard(
            [InputText(CardActionData.CommentInput, text.CommentPlaceholder, multiline: true)],
            [Submit(text.Send, CardActionData.FeedbackOn(false, answer.Question, metric?.Id))])));
        if (answer.Alternatives.Count > 0 && answer.Question is { } question)
            actions.Add(ShowCard(text.Variants, InnerCard([], answer.Alternatives.Select(a => Submit(a.Name, CardActionData.AskQuestion(question + " " + a.Id))))));
        return Card(body, actions, fallbackText: answer.Message);
    }

    /// <summary>A clarification or a miss: the message and one button per choice; a click asks again with that metric named. A miss also offers "request this metric".</summary>
    private static JsonObject Choices(Answer answer, CardText text, string prompt, string style)
    {
        var body = new List<JsonNode?> { Container([Text(answer.Message ?? "")], style: style) };
        if (answer.Alternatives.Count > 0) body.Add(Text(prompt, weight: "Bolder"));
        var question = answer.Question ?? "";
        var actions = answer.Alternatives.Select(a => (JsonNode?)Submit(a.Name,
            answer.Status == AnswerStatus.ClarificationNeeded ? CardActionData.Choose(question, a.Id) : CardActionData.DefineMetric(a.Id))).ToList();
        // Nothing fits: the question can go to the metric owners as a request (提报).
        if (answer.Status == AnswerStatus.NotFound && question.Length > 0)
            actions.Add(Submit(text.RequestMetric, CardActionData.RequestMetric(question)));
        return Card(body, actions, fallbackText: answer.Message);
    }

    /// <summary>The number to show large: the metric's value in a one-row answer, or its latest period in a trend of that metric alone.</summary>
    private static string? Headline(Answer answer, MetricDefinition? metric, AnswerTableFormatter table)
    {
        if (answer.Rows.Count == 0 || metric is null) return null;
        var valueIndex = answer.Columns.ToList().FindIndex(c => c.Role == ColumnRole.Value && c.Metric == metric.Id);
        if (valueIndex < 0) return null;
        var onlyTime = answer.Columns.All(c => c.Role == ColumnRole.Time || c.Metric == metric.Id);
        var cells = table.Rows(answer);
        if (answer.Rows.Count == 1) return cells[0][valueIndex];
        return onlyTime && answer.Query?.Grain is not null ? cells[^1][valueIndex] : null;
    }

    private string ScopeNote(Answer answer, CardText text) => string.Join("; ", answer.Scope.Select(s =>
    {
        var dimension = catalog.FindDimension(s.Dimension);
        var values = s.Values.Select(v => AnswerLabels.ValueName(catalog, s.Dimension, v, text.Language));
        return $"{dimension?.Name.For(text.Language) ?? s.Dimension}: {string.Join(", ", values)} ({s.Reason})";
    }));
}
