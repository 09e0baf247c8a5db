using System.Globalization;
using MetricAssistant.Catalog.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Versions;

/// <summary>
/// What a version list needs from one stored text of a metric document, read without loading a catalog:
/// its id, <c>version:</c>, <c>status:</c> and changelog. Null fields when the text lacks them or does not parse
/// (an old revision is shown as well as it can be, never refused).
/// </summary>
public sealed record MetricDocumentHeader(string? Id, int? Version, string? Status, IReadOnlyList<MetricDocumentChange> Changelog)
{
    public static readonly MetricDocumentHeader Empty = new(null, null, null, []);

    /// <summary>The changelog entry of <paramref name="version"/>, if the text has one.</summary>
    public MetricDocumentChange? ChangeOf(int version) => Changelog.LastOrDefault(c => c.Version == version);

    public static MetricDocumentHeader Read(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return Empty;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return Empty;
        }
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root) return Empty;
        var changes = Child(root, "changelog") is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Select(Change).OfType<MetricDocumentChange>().ToArray()
            : [];
        return new MetricDocumentHeader(Scalar(root, "metric"), Number(Scalar(root, "version")), Scalar(root, "status"), changes);
    }

    private static MetricDocumentChange? Change(YamlMappingNode entry)
    {
        if (Number(Scalar(entry, "version")) is not { } version) return null;
        var summary = Child(entry, "summary") is YamlMappingNode s ? new LocalizedText(Scalar(s, "zh") ?? "", Scalar(s, "en") ?? "") : null;
        return new MetricDocumentChange(version, Scalar(entry, "date"), Scalar(entry, "author"), summary);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) is YamlScalarNode s ? s.Value : null;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
