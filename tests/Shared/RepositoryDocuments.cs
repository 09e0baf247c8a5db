using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>The repository's catalog as documents (path, YAML), the way the catalog store holds them.</summary>
public static class RepositoryDocuments
{
    /// <summary>Every YAML under catalog/ (but history/) by its catalog path, as the loader names them.</summary>
    public static IReadOnlyList<(string Path, string Yaml)> Repository()
    {
        var root = System.IO.Path.Combine(TestRepository.Root, "catalog");
        return Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => ("catalog/" + System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .Where(d => !d.Item1.StartsWith($"catalog/{CatalogLoader.HistoryFolder}/", StringComparison.Ordinal))
            .OrderBy(d => d.Item1, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The repository's catalog with <paramref name="path"/>'s document replaced by <paramref name="yaml"/>.</summary>
    public static SemanticCatalog With(string path, string yaml)
    {
        var result = new CatalogLoader().LoadFromText(Repository().Select(d => d.Path == path ? (d.Path, yaml) : d));
        return result.Catalog ?? throw new InvalidOperationException("catalog has problems:\n" + string.Join("\n", result.Problems));
    }
}
