using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Tests;

/// <summary>Compares YAML documents by meaning: mappings by key whatever the order, scalars by value whatever the quoting.</summary>
internal static class YamlTrees
{
    public static YamlNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    /// <summary>Null when equal, else the path of the first difference.</summary>
    public static string? Difference(YamlNode a, YamlNode b, string path = "")
    {
        switch (a, b)
        {
            case (YamlScalarNode x, YamlScalarNode y):
                return x.Value == y.Value ? null : $"{path}: '{x.Value}' vs '{y.Value}'";
            case (YamlSequenceNode x, YamlSequenceNode y):
                if (x.Children.Count != y.Children.Count) return $"{path}: {x.Children.Count} items vs {y.Children.Count}";
                for (var i = 0; i < x.Children.Count; i++)
                    if (Difference(x.Children[i], y.Children[i], $"{path}[{i}]") is { } d) return d;
                return null;
            case (YamlMappingNode x, YamlMappingNode y):
                var keys = x.Children.Keys.Concat(y.Children.Keys).Select(k => ((YamlScalarNode)k).Value!).Distinct();
                foreach (var key in keys)
                {
                    var has1 = x.Children.TryGetValue(new YamlScalarNode(key), out var v1);
                    var has2 = y.Children.TryGetValue(new YamlScalarNode(key), out var v2);
                    if (!has1 || !has2) return $"{path}.{key}: only on the {(has1 ? "first" : "second")} side";
                    if (Difference(v1!, v2!, $"{path}.{key}") is { } d) return d;
                }
                return null;
            default:
                return $"{path}: {a.NodeType} vs {b.NodeType}";
        }
    }

    public static Dictionary<string, string> Folder(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
