using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Versions;

/// <summary>
/// The fields that differ between two texts of one catalog document, and whether the difference changes what a
/// metric computes (then its version must move and its changelog say why) or only how it is named and found.
/// </summary>
public static class DefinitionDiff
{
    /// <summary>The metric fields that decide its numbers: a change to any of them is a new version.</summary>
    public static readonly IReadOnlySet<string> ComputingFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "model", "measure", "time_dimension", "filters", "numerator", "denominator", "inputs", "expr", "unit",
    };

    /// <summary>Field by field, in the order the fields first appear (the "from" side first); unparsable text counts as empty.</summary>
    public static IReadOnlyList<FieldChange> Between(string? fromYaml, string? toYaml)
    {
        var from = Flatten(fromYaml);
        var to = Flatten(toYaml);
        var changes = new List<FieldChange>();
        foreach (var path in from.Keys.Concat(to.Keys).Distinct(StringComparer.Ordinal))
        {
            var a = from.GetValueOrDefault(path);
            var b = to.GetValueOrDefault(path);
            if (!Same(a, b)) changes.Add(new FieldChange(path, a, b));
        }
        return changes;
    }

    /// <summary>True when any change touches a field that decides the metric's numbers.</summary>
    public static bool ChangesComputation(IEnumerable<FieldChange> changes) =>
        changes.Any(c => ComputingFields.Contains(TopField(c.Path)));

    /// <summary>The top-level field a path belongs to: <c>filters[0].op</c> → <c>filters</c>, <c>name.zh</c> → <c>name</c>.</summary>
    public static string TopField(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (string x, string y) => x == y,
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => false,
    };

    private static Dictionary<string, object?> Flatten(string? yaml)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(yaml)) return values;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return values;
        }
        if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root) Walk(root, "", values);
        return values;
    }

    private static void Walk(YamlNode node, string path, Dictionary<string, object?> values)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                values[path] = scalar.Value;
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                    Walk(value, path.Length == 0 ? Key(key) : $"{path}.{Key(key)}", values);
                break;
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                values[path] = list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++) Walk(list.Children[i], $"{path}[{i}]", values);
                break;
        }
    }

    private static string Key(YamlNode key) => key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
}
