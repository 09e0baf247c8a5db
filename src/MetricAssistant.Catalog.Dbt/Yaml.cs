using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>Builds YAML trees for the files the importer and exporter write; text scalars are quoted when they would read as something else.</summary>
internal static class Yaml
{
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
            if (value is not null) map.Add(new YamlScalarNode(key), value);
        return map;
    }

    public static YamlSequenceNode Seq(IEnumerable<YamlNode> items) => new(items);

    public static YamlSequenceNode Texts(IEnumerable<string> items) => new(items.Select(Text));

    /// <summary>A string value, quoted when plain YAML would read it as a number, boolean or null.</summary>
    public static YamlScalarNode Text(string value)
    {
        var ambiguous = value.Length == 0 || bool.TryParse(value, out _) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || value is "~" or "null" or "yes" or "no" or "on" or "off" or "y" or "n";
        return new YamlScalarNode(value) { Style = ambiguous ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }

    /// <summary>A number, boolean or identifier, written plain.</summary>
    public static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };

    public static YamlScalarNode Plain(int value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    public static YamlScalarNode Plain(bool value) => Plain(value ? "true" : "false");

    public static string Write(params YamlNode[] documents)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var first = true;
        foreach (var document in documents)
        {
            if (!first) writer.WriteLine("---");
            first = false;
            var text = new StringWriter(CultureInfo.InvariantCulture);
            new YamlStream(new YamlDocument(document)).Save(text, assignAnchors: false);
            // YamlStream ends each document with a "..." line; one definition a file needs no marker (only that line goes).
            var written = text.ToString().TrimEnd('\n', '\r');
            if (written.EndsWith("\n...", StringComparison.Ordinal)) written = written[..^4];
            writer.Write(written.TrimEnd('\n', '\r'));
            writer.WriteLine();
        }
        return writer.ToString();
    }

    public static YamlMappingNode? MappingAt(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;
}
