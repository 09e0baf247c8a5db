using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Loading;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// A catalog folder as the store sees it: its current documents under their store paths
/// (<c>catalog/metrics/gmv.yaml</c>, whatever the folder is called) and the earlier metric versions kept in
/// <c>history/&lt;id&gt;.v&lt;N&gt;.yaml</c>. Texts are read and written as UTF-8 exactly, so export and import round-trip.
/// </summary>
public sealed partial record CatalogFolder(IReadOnlyList<FolderDocument> Documents, IReadOnlyList<HistoryVersion> History)
{
    /// <summary>The first segment of every store path, as the loader names the repository's catalog files.</summary>
    public const string Prefix = "catalog";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CatalogFolder Read(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"The catalog folder '{directory}' does not exist.");
        var documents = new List<FolderDocument>();
        var history = new List<HistoryVersion>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsYaml).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var text = File.ReadAllText(file, Utf8);
            if (relative.Split('/') is [CatalogLoader.HistoryFolder, var name])
            {
                var match = HistoryName().Match(name);
                if (!match.Success) throw new InvalidDataException($"'{Prefix}/{relative}' is not named <metric id>.v<version>.yaml.");
                var id = match.Groups["id"].Value;
                history.Add(new HistoryVersion(MetricPath(id), int.Parse(match.Groups["v"].Value, CultureInfo.InvariantCulture), text, $"{Prefix}/{relative}"));
            }
            else
            {
                documents.Add(new FolderDocument($"{Prefix}/{relative}", text));
            }
        }
        return new CatalogFolder(documents, [.. history.OrderBy(h => h.DocumentPath, StringComparer.Ordinal).ThenBy(h => h.Version)]);
    }

    /// <summary>The store path of a metric's current document.</summary>
    public static string MetricPath(string id) => $"{Prefix}/metrics/{id}.yaml";

    /// <summary>The metric id of a document under <c>catalog/metrics/</c>, or null for any other document.</summary>
    public static string? MetricId(string path) =>
        path.StartsWith($"{Prefix}/metrics/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2 && IsYaml(path)
            ? Path.GetFileNameWithoutExtension(path)
            : null;

    /// <summary>Where a store path's text goes under an export folder.</summary>
    public static string FileOf(string exportRoot, string storePath) =>
        Path.Combine(exportRoot, storePath.StartsWith(Prefix + "/", StringComparison.Ordinal) ? storePath[(Prefix.Length + 1)..] : storePath);

    /// <summary>The history file (relative to the catalog folder) of version <paramref name="version"/> of metric <paramref name="id"/>.</summary>
    public static string HistoryFile(string id, int version) => $"{CatalogLoader.HistoryFolder}/{id}.v{version.ToString(CultureInfo.InvariantCulture)}.yaml";

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<id>[A-Za-z0-9_\-]+)\.v(?<v>[0-9]{1,6})\.ya?ml$")]
    private static partial Regex HistoryName();
}

/// <summary>One current document of a catalog folder, under its store path.</summary>
public sealed record FolderDocument(string Path, string Text);

/// <summary>An earlier version of a metric from <c>history/</c>: <see cref="DocumentPath"/> is the metric's document it was a revision of.</summary>
public sealed record HistoryVersion(string DocumentPath, int Version, string Text, string FilePath);
