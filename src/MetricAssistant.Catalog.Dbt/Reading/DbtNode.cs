using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Reading;

/// <summary>A YAML mapping of a dbt file with its file name, read through small typed accessors.</summary>
public sealed record DbtNode(string File, YamlMappingNode Map)
{
    public int Line => checked((int)Map.Start.Line);

    public string? String(string key) => Map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s && !IsNull(s) ? s.Value : null;

    public DbtNode? Mapping(string key) => Map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlMappingNode m ? new DbtNode(File, m) : null;

    public YamlNode? Raw(string key) => Map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public bool Has(string key) => Map.Children.ContainsKey(new YamlScalarNode(key));

    public int LineOf(string key) =>
        Map.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key) is { } k ? checked((int)k.Start.Line) : Line;

    public IReadOnlyList<DbtNode> Mappings(string key) =>
        Raw(key) is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>().Select(m => new DbtNode(File, m)).ToList() : [];

    /// <summary>A list of scalars, or one scalar as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key) => Raw(key) switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Where(s => !IsNull(s)).Select(s => s.Value ?? "").ToList(),
        YamlScalarNode s when !IsNull(s) => [s.Value ?? ""],
        _ => [],
    };

    public IEnumerable<string> Keys => Map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public static bool IsNull(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
