using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// Adaptive Card 1.5 building blocks as plain JSON (the AdaptiveCards package is not served here):
/// only the elements and actions Teams renders, each with the properties schema 1.5 requires.
/// </summary>
public static class CardElements
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, string? fallbackText = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(e => e is not null).ToArray()),
        };
        var actionArray = actions?.Where(a => a is not null).ToArray() ?? [];
        if (actionArray.Length > 0) card["actions"] = new JsonArray(actionArray);
        if (fallbackText is not null) card["fallbackText"] = fallbackText;
        // Teams renders cards at their natural width unless asked; answers with tables read better full width.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, bool wrap = true, string? fontType = null, string spacing = "default")
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (fontType is not null) block["fontType"] = fontType;
        if (spacing != "default") block["spacing"] = spacing;
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Image(string url, string altText) => new()
    {
        ["type"] = "Image", ["url"] = url, ["altText"] = altText, ["size"] = "Stretch",
    };

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()) };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        return container;
    }

    public static JsonObject Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> rightAligned)
    {
        JsonNode Cell(string text, bool header, bool right) => new JsonObject
        {
            ["type"] = "TableCell",
            ["items"] = new JsonArray(new JsonObject
            {
                ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true,
                ["weight"] = header ? "Bolder" : "Default",
                ["horizontalAlignment"] = right ? "Right" : "Left",
            }),
        };
        var tableRows = new JsonArray { new JsonObject { ["type"] = "TableRow", ["cells"] = new JsonArray(headers.Select((h, i) => Cell(h, true, rightAligned[i])).ToArray()) } };
        foreach (var row in rows)
            tableRows.Add(new JsonObject { ["type"] = "TableRow", ["cells"] = new JsonArray(row.Select((c, i) => Cell(c, false, rightAligned[i])).ToArray()) });
        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["gridStyle"] = "accent",
            ["columns"] = new JsonArray(headers.Select(_ => (JsonNode)new JsonObject { ["width"] = 1 }).ToArray()),
            ["rows"] = tableRows,
        };
    }

    /// <summary>A button whose click comes back to the bot as a message activity carrying <paramref name="data"/> in <c>value</c>.</summary>
    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null) action["style"] = style;
        return action;
    }

    /// <summary>A button that unfolds a card in place: no round trip to the bot.</summary>
    public static JsonObject ShowCard(string title, JsonObject card) => new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    public static JsonObject InputText(string id, string placeholder, bool multiline = false) => new()
    {
        ["type"] = "Input.Text", ["id"] = id, ["placeholder"] = placeholder, ["isMultiline"] = multiline, ["maxLength"] = 500,
    };

    /// <summary>A card shown inside <see cref="ShowCard"/>: no $schema, no msteams width (only the outer card carries those).</summary>
    public static JsonObject InnerCard(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(body.Where(e => e is not null).ToArray()) };
        var actionArray = actions?.Where(a => a is not null).ToArray() ?? [];
        if (actionArray.Length > 0) card["actions"] = new JsonArray(actionArray);
        return card;
    }
}
