using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// The catalog store for tests: the repository's catalog/ folder written as the store's first revisions (author
/// <c>seed</c>), and a provider whose current catalog is the store's, reloaded when refreshed (as a publish does).
/// </summary>
public sealed class StoreCatalog : ICatalogProvider, ICatalogRefresh
{
    private readonly Lock gate = new();
    private SemanticCatalog current;

    private StoreCatalog(ICatalogStore store)
    {
        Store = store;
        current = Load();
    }

    public ICatalogStore Store { get; }

    public int Refreshes { get; private set; }

    public SemanticCatalog Current
    {
        get
        {
            lock (gate) return current;
        }
    }

    /// <summary>The store seeded from the repository's catalog folder (history/ left out).</summary>
    public static StoreCatalog Seeded(TimeProvider time)
    {
        var store = new InMemoryCatalogStore(time);
        var root = Path.Combine(TestRepository.Root, "catalog");
        var writes = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Path: "catalog/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Path.StartsWith($"catalog/{CatalogLoader.HistoryFolder}/", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new DocumentWrite(f.Path, File.ReadAllText(f.File), null, "seed", "seeded from the catalog folder"))
            .ToList();
        var result = store.WriteAsync(writes, CancellationToken.None).GetAwaiter().GetResult();
        if (result.IsConflict) throw new InvalidOperationException("seeding conflicted");
        return new StoreCatalog(store);
    }

    public void Refresh()
    {
        var loaded = Load();
        lock (gate)
        {
            current = loaded;
            Refreshes++;
        }
    }

    private SemanticCatalog Load()
    {
        var documents = Store.CurrentAsync(CancellationToken.None).GetAwaiter().GetResult();
        var result = new CatalogLoader().LoadFromText(documents.Select(d => (d.Path, d.Yaml)));
        return result.Catalog ?? throw new InvalidOperationException("the store's catalog has problems:\n" + string.Join("\n", result.Problems));
    }
}
