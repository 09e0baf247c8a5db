using System.Security.Cryptography;
using System.Text;
using MetricAssistant.Catalog.Dbt.Reading;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// What the catalog keeps in dbt's <c>meta</c>: under <c>config.meta.metric_assistant</c> (or <c>meta.metric_assistant</c>)
/// the catalog's own document and a fingerprint of the dbt fields written from it. When the fingerprint still matches,
/// the dbt side was not edited and the catalog document is taken as it is; when it does not, the dbt fields win.
/// </summary>
public static class DbtMeta
{
    public const string Key = "metric_assistant";
    public const string DocumentKey = "catalog";
    public const string FingerprintKey = "fingerprint";
    /// <summary>Marks a metric the exporter added for an inline operand; it is not a catalog metric of its own.</summary>
    public const string HelperKey = "helper";

    public static DbtNode? Of(DbtNode node) =>
        node.Mapping("config")?.Mapping("meta")?.Mapping(Key) ?? node.Mapping("meta")?.Mapping(Key);

    /// <summary>A short hash of the named dbt fields as YAML, the same for the exporter and the importer.</summary>
    public static string Fingerprint(YamlMappingNode node, IEnumerable<string> keys)
    {
        var picked = new YamlMappingNode();
        foreach (var key in keys)
            if (node.Children.TryGetValue(new YamlScalarNode(key), out var value)) picked.Add(new YamlScalarNode(key), Strip(value));
        var text = Yaml.Write(picked);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>The node without meta/config anywhere inside, with scalar styles normalised, so only the dbt meaning is hashed.</summary>
    private static YamlNode Strip(YamlNode node) => node switch
    {
        YamlMappingNode map => new YamlMappingNode(map.Children
            .Where(kv => kv.Key is not YamlScalarNode { Value: "meta" or "config" })
            .Select(kv => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(((YamlScalarNode)kv.Key).Value), Strip(kv.Value)))),
        YamlSequenceNode seq => new YamlSequenceNode(seq.Children.Select(Strip)),
        YamlScalarNode s => new YamlScalarNode(s.Value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
        _ => node,
    };
}
