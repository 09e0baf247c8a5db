using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Evals.Loading;

/// <summary>Small readers over YamlDotNet's node tree that tell "missing", "null" and "wrong shape" apart.</summary>
internal static class YamlFields
{
    public static bool Has(YamlMappingNode map, string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static IEnumerable<string> Keys(YamlMappingNode map) =>
        map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public static bool IsNull([NotNullWhen(false)] YamlNode? node) =>
        node is null || (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A non-empty string scalar, or null when missing, null or not a scalar.</summary>
    public static string? Text(YamlNode? node) =>
        !IsNull(node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value : null;

    /// <summary>A plain boolean scalar as the YAML 1.2 core schema spells it (true, True, TRUE, false, False, FALSE), or null.</summary>
    public static bool? Bool(YamlNode? node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        ? s.Value switch { "true" or "True" or "TRUE" => true, "false" or "False" or "FALSE" => false, _ => null }
        : null;

    /// <summary>A list of string scalars, or null when the node is not a sequence of scalars.</summary>
    public static IReadOnlyList<string>? TextList(YamlNode? node)
    {
        if (node is not YamlSequenceNode sequence) return null;
        var values = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (Text(item) is not { } text) return null;
            values.Add(text);
        }
        return values;
    }
}
