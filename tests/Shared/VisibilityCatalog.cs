using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// The repository's catalog with what definition visibility turns on: the policy publishes the definitions tagged
/// <c>public-finance-kpi</c> (gmv), gross_margin says <c>definitions_public: true</c> (its inputs gross_profit and
/// item_sales stay hidden from guest), and new_customers (otherwise public) is a draft.
/// </summary>
public static class VisibilityCatalog
{
    public static IReadOnlyList<(string Path, string Yaml)> Documents() =>
        RepositoryDocuments.Repository().Select(d => d.Path switch
        {
            "catalog/access/policy.yaml" => (d.Path, d.Yaml.TrimEnd() + "\npublic_definition_tags: [public-finance-kpi]\n"),
            "catalog/metrics/gross_margin.yaml" => (d.Path, d.Yaml.TrimEnd() + "\ndefinitions_public: true\n"),
            "catalog/metrics/new_customers.yaml" => (d.Path, d.Yaml.Replace("status: published", "status: draft", StringComparison.Ordinal)),
            _ => d,
        }).ToArray();

    public static SemanticCatalog Catalog()
    {
        var result = new CatalogLoader().LoadFromText(Documents());
        return result.Catalog ?? throw new InvalidOperationException("catalog has problems:\n" + string.Join("\n", result.Problems));
    }

    public static async Task<InMemoryCatalogStore> StoreAsync(TimeProvider time)
    {
        var store = new InMemoryCatalogStore(time);
        var result = await store.WriteAsync([.. Documents().Select(d => new DocumentWrite(d.Path, d.Yaml, null, "seed", "seed"))], CancellationToken.None);
        if (result.IsConflict) throw new InvalidOperationException($"seeding conflicted on {result.ConflictPath}");
        return store;
    }
}
