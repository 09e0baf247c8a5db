using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The few top-level facts the store's seeding and export read from a metric's YAML without loading a catalog:
/// its <c>version:</c> and the <c>changelog:</c> entry of a version (who and why).
/// </summary>
public sealed record MetricDocument(int? Version, IReadOnlyList<ChangelogLine> Changelog)
{
    public static readonly MetricDocument Unreadable = new(null, []);

    public ChangelogLine? Entry(int version) => Changelog.LastOrDefault(c => c.Version == version);

    /// <summary>Reads <paramref name="yaml"/>; text that does not parse as a mapping yields <see cref="Unreadable"/>.</summary>
    public static MetricDocument Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return Unreadable;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return Unreadable;
        var changelog = new List<ChangelogLine>();
        if (Child(root, "changelog") is YamlSequenceNode entries)
        {
            foreach (var entry in entries.OfType<YamlMappingNode>())
            {
                if (Int(Child(entry, "version")) is not { } version) continue;
                var summary = Child(entry, "summary") switch
                {
                    YamlMappingNode localized => Scalar(Child(localized, "zh")) ?? Scalar(Child(localized, "en")),
                    var other => Scalar(other),
                };
                changelog.Add(new ChangelogLine(version, Scalar(Child(entry, "author")), summary));
            }
        }
        return new MetricDocument(Int(Child(root, "version")), changelog);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static string? Scalar(YamlNode? node) => node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static int? Int(YamlNode? node) =>
        int.TryParse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>One changelog entry as seeding reads it: the version, its author and summary (Chinese when given).</summary>
public sealed record ChangelogLine(int Version, string? Author, string? Summary);
