using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>Reads a card the way a person would: its texts, facts and buttons.</summary>
public static class CardWalker
{
    public static IReadOnlyList<string> Texts(JsonNode? node)
    {
        var texts = new List<string>();
        Walk(node, n =>
        {
            if (n is JsonObject o && (string?)o["type"] == "TextBlock" && o["text"] is JsonValue t) texts.Add((string)t!);
            if (n is JsonObject f && f["title"] is JsonValue title && f["value"] is JsonValue value && f["type"] is null) texts.Add($"{(string)title!}: {(string)value!}");
        });
        return texts;
    }

    /// <summary>Every Action.Submit, with the card it sits in unfolded (show-cards included).</summary>
    public static IReadOnlyList<JsonObject> Submits(JsonNode? node)
    {
        var actions = new List<JsonObject>();
        Walk(node, n => { if (n is JsonObject o && (string?)o["type"] == "Action.Submit") actions.Add(o); });
        return actions;
    }

    /// <summary>The table rows (first row is the header) as text.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(JsonNode? card)
    {
        var rows = new List<IReadOnlyList<string>>();
        Walk(card, n =>
        {
            if (n is JsonObject o && (string?)o["type"] == "TableRow")
                rows.Add(o["cells"]!.AsArray().Select(c => string.Join(" ", Texts(c))).ToArray());
        });
        return rows;
    }

    private static void Walk(JsonNode? node, Action<JsonNode> visit)
    {
        switch (node)
        {
            case JsonObject o:
                visit(o);
                foreach (var (_, child) in o) Walk(child, visit);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, visit);
                break;
        }
    }
}
