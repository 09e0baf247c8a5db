using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// The Adaptive Card 1.5 schema's rules for the elements the bot uses (types, required properties, enum
/// values), checked in code: the schema file itself is not served here. The official parser
/// (<see cref="AdaptiveCardsParser"/>) checks the rest.
/// </summary>
public static class CardSchemaRules
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["AdaptiveCard"] = [],
        ["TextBlock"] = ["text"],
        ["Image"] = ["url"],
        ["FactSet"] = ["facts"],
        ["Container"] = ["items"],
        ["Table"] = [],
        ["TableRow"] = [],
        ["TableCell"] = ["items"],
        ["Input.Text"] = ["id"],
        ["Action.Submit"] = [],
        ["Action.ShowCard"] = [],
        ["Action.OpenUrl"] = ["url"],
    };

    private static readonly HashSet<string> Sizes = ["Default", "Small", "Medium", "Large", "ExtraLarge"];
    private static readonly HashSet<string> ImageSizes = ["Auto", "Stretch", "Small", "Medium", "Large"];
    private static readonly HashSet<string> Weights = ["Default", "Lighter", "Bolder"];
    private static readonly HashSet<string> Colors = ["Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention"];
    private static readonly HashSet<string> Styles = ["default", "emphasis", "good", "attention", "warning", "accent"];

    public static IReadOnlyList<string> Problems(JsonObject card)
    {
        var problems = new List<string>();
        if ((string?)card["type"] != "AdaptiveCard") problems.Add("root type must be AdaptiveCard");
        if ((string?)card["version"] != "1.5") problems.Add("version must be 1.5");
        Check(card, "$", problems);
        return problems;
    }

    private static void Check(JsonNode? node, string path, List<string> problems)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++) Check(array[i], $"{path}[{i}]", problems);
            return;
        }
        if (node is not JsonObject o) return;
        if (o["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var type))
        {
            if (!Required.TryGetValue(type, out var required)) problems.Add($"{path}: element type {type} is not one the bot should send");
            else foreach (var property in required)
                if (o[property] is null || (o[property] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
                    problems.Add($"{path}: {type} needs '{property}'");
            if (type.StartsWith("Action.", StringComparison.Ordinal) && string.IsNullOrEmpty((string?)o["title"])) problems.Add($"{path}: {type} needs a title");
            Enum(o, "size", type == "Image" ? ImageSizes : Sizes, path, problems);
            Enum(o, "weight", Weights, path, problems);
            Enum(o, "color", Colors, path, problems);
            if (type == "Container") Enum(o, "style", Styles, path, problems);
            if (type == "Table" && o["columns"] is JsonArray columns && o["rows"] is JsonArray rows)
                foreach (var row in rows.OfType<JsonObject>())
                    if (row["cells"] is JsonArray cells && cells.Count != columns.Count) problems.Add($"{path}: a table row has {cells.Count} cells for {columns.Count} columns");
            if (type == "Image" && !Uri.TryCreate((string?)o["url"], UriKind.Absolute, out _)) problems.Add($"{path}: Image url must be absolute");
        }
        foreach (var (key, child) in o) Check(child, $"{path}.{key}", problems);
    }

    private static void Enum(JsonObject o, string property, HashSet<string> allowed, string path, List<string> problems)
    {
        if (o[property] is JsonValue v && v.TryGetValue<string>(out var s) && !allowed.Contains(s)) problems.Add($"{path}: {property} '{s}' is not allowed");
    }
}
