using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// A definition sent as JSON, read as the top-level fields of a metric's YAML: keys in camelCase become the YAML's
/// snake_case (<c>typicalQuestions</c> → <c>typical_questions</c>), values become YAML nodes (lists of words and small
/// mappings on one line, as the catalog writes them); a null value removes the field.
/// </summary>
public static class DefinitionJson
{
    /// <summary>The fields in the order given; an error message when the definition is not a JSON object.</summary>
    public static (IReadOnlyList<KeyValuePair<string, YamlNode?>> Fields, string? Error) Fields(JsonElement? definition)
    {
        if (definition is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return ([], null);
        if (element.ValueKind != JsonValueKind.Object) return ([], $"definition must be a JSON object with a metric YAML's fields, not {element.ValueKind.ToString().ToLowerInvariant()}.");
        var fields = new List<KeyValuePair<string, YamlNode?>>();
        foreach (var property in element.EnumerateObject())
        {
            var key = SnakeCase(property.Name);
            if (fields.Any(f => f.Key == key)) return ([], $"definition names '{key}' twice.");
            fields.Add(new(key, property.Value.ValueKind == JsonValueKind.Null ? null : Node(property.Value, key, depth: 0)));
        }
        return (fields, null);
    }

    /// <summary><c>typicalQuestions</c> → <c>typical_questions</c>; snake_case stays as it is.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                if (text.Length > 0) text.Append('_');
                text.Append(char.ToLowerInvariant(c));
            }
            else text.Append(c);
        }
        return text.ToString();
    }

    private static YamlNode Node(JsonElement value, string key, int depth) => value.ValueKind switch
    {
        JsonValueKind.Object => Mapping(value, depth),
        JsonValueKind.Array => Sequence(value, key, depth),
        JsonValueKind.String => Scalar(value.GetString() ?? ""),
        JsonValueKind.True => new YamlScalarNode("true"),
        JsonValueKind.False => new YamlScalarNode("false"),
        JsonValueKind.Number => new YamlScalarNode(value.GetRawText()),
        _ => new YamlScalarNode(""),
    };

    private static YamlMappingNode Mapping(JsonElement value, int depth)
    {
        var map = new YamlMappingNode();
        foreach (var property in value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            map.Add(new YamlScalarNode(SnakeCase(property.Name)), Node(property.Value, property.Name, depth + 1));
        // Small mappings (a name, a filter) read best on one line; lineage and the like stay in blocks at the top.
        if (depth > 0 || map.Children.Values.All(v => v is YamlScalarNode) && map.Children.Count <= 3) map.Style = MappingStyle.Flow;
        return map;
    }

    private static YamlSequenceNode Sequence(JsonElement value, string key, int depth)
    {
        var list = new YamlSequenceNode(value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => Node(v, key, depth + 1)));
        var words = list.Children.All(c => c is YamlScalarNode);
        if (depth > 0 || words && SnakeCase(key) != "typical_questions") list.Style = SequenceStyle.Flow;
        return list;
    }

    /// <summary>A string as a scalar; quoted when bare it would read as something else (empty, a number, true, a date).</summary>
    public static YamlScalarNode Scalar(string text)
    {
        var ambiguous = text.Length == 0 || text is "null" or "~" or "true" or "false" or "yes" or "no"
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return ambiguous ? new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted } : new YamlScalarNode(text);
    }
}
