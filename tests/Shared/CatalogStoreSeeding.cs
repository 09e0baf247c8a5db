using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// A catalog store holding the repository's catalog with gmv's earlier versions before its current text (v1, v2,
/// a first revision of v3, then the current v3), as a seeded deployment store would: test code only.
/// </summary>
public static class CatalogStoreSeeding
{
    public static async Task<InMemoryCatalogStore> WithGmvHistoryAsync(TimeProvider time)
    {
        var store = new InMemoryCatalogStore(time);
        long? gmv = null;
        foreach (var (yaml, author) in new[] { (GmvHistory.V1, "fin_wang"), (GmvHistory.V2, "fin_wang"), (GmvHistory.V3BeforeSynonym, "governance_board") })
        {
            var written = await store.WriteAsync([new DocumentWrite(GmvHistory.Path, yaml, gmv, author, "earlier version")], CancellationToken.None);
            gmv = written.Written.Single().Revision;
        }
        var rest = RepositoryDocuments.Repository().Select(d => new DocumentWrite(d.Path, d.Yaml, d.Path == GmvHistory.Path ? gmv : null, d.Path == GmvHistory.Path ? "fin_li" : "seed", "seed")).ToArray();
        var result = await store.WriteAsync(rest, CancellationToken.None);
        if (result.IsConflict) throw new InvalidOperationException($"seeding conflicted on {result.ConflictPath}");
        return store;
    }

    /// <summary>The catalog the store holds now (what a store-backed provider serves).</summary>
    public static async Task<SemanticCatalog> CurrentCatalogAsync(ICatalogStore store)
    {
        var documents = await store.CurrentAsync(CancellationToken.None);
        var result = new CatalogLoader().LoadFromText(documents.Select(d => (d.Path, d.Yaml)));
        return result.Catalog ?? throw new InvalidOperationException("seeded catalog has problems:\n" + string.Join("\n", result.Problems));
    }
}
