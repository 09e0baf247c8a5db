using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// What a card button sends back in the activity's <c>value</c>: <c>{"action": "ask", "question": "上个月的GMV gmv_ordered"}</c>,
/// <c>{"action": "feedback", "helpful": false, "question": "…", "metric": "gmv", "comment": "…"}</c> or
/// <c>{"action": "define", "metric": "aov"}</c>. The comment comes from the card's input of that id.
/// </summary>
public static class CardActionData
{
    public const string ActionKey = "action";
    public const string Ask = "ask";
    public const string Feedback = "feedback";
    public const string Define = "define";
    public const string CommentInput = "comment";

    public static JsonObject AskQuestion(string question) => new() { [ActionKey] = Ask, ["question"] = question };

    public static JsonObject FeedbackOn(bool helpful, string? question, string? metric) =>
        new() { [ActionKey] = Feedback, ["helpful"] = helpful, ["question"] = question, ["metric"] = metric };

    public static JsonObject DefineMetric(string metric) => new() { [ActionKey] = Define, ["metric"] = metric };
}
