using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Reading;

/// <summary>
/// Reads every YAML file under a dbt project folder and picks out the semantic layer. Both shapes are read: dbt's
/// property files (<c>semantic_models: [..]</c>, <c>metrics: [..]</c>, <c>saved_queries: [..]</c>) and MetricFlow's
/// one-definition documents (<c>semantic_model: {..}</c>, <c>metric: {..}</c>). Files under <c>metric_assistant/</c>
/// are the catalog's own documents carried by an export and are kept verbatim. Never throws for bad content.
/// </summary>
public static class DbtProjectReader
{
    /// <summary>The folder of an exported dbt project holding catalog documents dbt has no place for.</summary>
    public const string CatalogFolder = "metric_assistant";

    public static DbtProject Read(string directory)
    {
        var root = Path.GetFullPath(directory);
        var files = new List<(string, string)>();
        var issues = new List<DbtIssue>();
        if (!Directory.Exists(root))
            return new DbtProject([], [], [], [], [], [new DbtIssue(directory, 0, directory, DbtFeature.Unreadable, "folder does not exist")]);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!(file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))) continue;
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(p => p is "target" or "dbt_packages" or "logs")) continue;
            try
            {
                files.Add((relative, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                issues.Add(new DbtIssue(relative, 0, relative, DbtFeature.Unreadable, $"cannot read: {e.Message}"));
            }
        }
        return ReadText(files, issues);
    }

    public static DbtProject ReadText(IEnumerable<(string Path, string Text)> files, IEnumerable<DbtIssue>? earlier = null)
    {
        var models = new List<DbtNode>();
        var metrics = new List<DbtNode>();
        var saved = new List<DbtNode>();
        var configurations = new List<DbtNode>();
        var kept = new List<(string, string)>();
        var issues = new List<DbtIssue>(earlier ?? []);
        foreach (var (path, text) in files)
        {
            if (path.StartsWith(CatalogFolder + "/", StringComparison.Ordinal))
            {
                kept.Add((path[(CatalogFolder.Length + 1)..], text));
                continue;
            }
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException e)
            {
                issues.Add(new DbtIssue(path, checked((int)e.Start.Line), path, DbtFeature.Unreadable, $"invalid YAML: {(e.InnerException ?? e).Message}"));
                continue;
            }
            foreach (var document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode map)
                {
                    // MetricFlow's own checkout keeps project_configuration.yaml as a symlink; copied, it is one line of text.
                    issues.Add(new DbtIssue(path, checked((int)document.RootNode.Start.Line), path, DbtFeature.UnknownShape,
                        "the document is not a YAML mapping, so it holds no semantic-layer definition", Dropped: false));
                    continue;
                }
                var node = new DbtNode(path, map);
                Collect(node, "semantic_model", "semantic_models", models);
                Collect(node, "metric", "metrics", metrics);
                Collect(node, "saved_query", "saved_queries", saved);
                Collect(node, "project_configuration", "project_configurations", configurations);
            }
        }
        return new DbtProject(models, metrics, saved, configurations, kept, issues);
    }

    private static void Collect(DbtNode document, string single, string plural, List<DbtNode> into)
    {
        if (document.Mapping(single) is { } one) into.Add(one);
        into.AddRange(document.Mappings(plural));
    }
}
