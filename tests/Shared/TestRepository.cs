using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>The repository the tests run in, and its real catalog loaded once.</summary>
public static class TestRepository
{
    public static string Root { get; } = FindRoot();

    private static readonly Lazy<SemanticCatalog> CatalogInstance = new(() =>
    {
        var result = new CatalogLoader().Load(Path.Combine(Root, "catalog"));
        return result.Catalog ?? throw new InvalidOperationException("catalog has problems:\n" + string.Join("\n", result.Problems));
    });

    public static SemanticCatalog Catalog => CatalogInstance.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MetricAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("MetricAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
