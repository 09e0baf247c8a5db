using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// What a card button sends back in the activity's <c>value</c>: <c>{"action": "ask", "question": "上个月的GMV gmv_ordered"}</c>,
/// a clarification choice <c>{"action": "ask", "question": "转化率 conversion_rate", "clarifies": "转化率", "metric": "conversion_rate"}</c>,
/// <c>{"action": "feedback", "helpful": true, "question": "…", "metric": "gmv", "query": {…}}</c> (a 👍 carries the answer's query),
/// <c>{"action": "feedback", "helpful": false, "question": "…", "metric": "gmv", "comment": "…"}</c> or
/// <c>{"action": "define", "metric": "aov"}</c> or a request for a metric the catalog lacks <c>{"action": "request", "question": "上个月的库存周转率"}</c>.
/// The comment comes from the card's input of that id.
/// </summary>
public static class CardActionData
{
    public const string ActionKey = "action";
    public const string Ask = "ask";
    public const string Feedback = "feedback";
    public const string Define = "define";
    public const string Request = "request";
    public const string CommentInput = "comment";

    public static JsonObject AskQuestion(string question) => new() { [ActionKey] = Ask, ["question"] = question };

    /// <summary>A clarification button: asks again with the metric named, and says which question it clarifies and which metric was chosen.</summary>
    public static JsonObject Choose(string question, string metric) =>
        new() { [ActionKey] = Ask, ["question"] = question + " " + metric, ["clarifies"] = question, ["metric"] = metric };

    /// <summary>Feedback; a 👍 carries the answer's query (contract JSON) so the question can be learned as an example of it.</summary>
    public static JsonObject FeedbackOn(bool helpful, string? question, string? metric, JsonNode? query = null)
    {
        var data = new JsonObject { [ActionKey] = Feedback, ["helpful"] = helpful, ["question"] = question, ["metric"] = metric };
        if (query is not null) data["query"] = query;
        return data;
    }

    public static JsonObject DefineMetric(string metric) => new() { [ActionKey] = Define, ["metric"] = metric };

    /// <summary>"Request this metric": makes a request (提报) with the question that found nothing (or was not what the user wanted).</summary>
    public static JsonObject RequestMetric(string question) => new() { [ActionKey] = Request, ["question"] = question };
}
