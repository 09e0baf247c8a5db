using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Application.Catalog;

/// <summary>
/// Finding a metric's definition: by id for the catalog pages (an unknown id comes back with the
/// catalog's did-you-mean), and by what a person calls it for the bot's "define aov" / "定义 客单价".
/// </summary>
public sealed class DefinitionLookup(ICatalogProvider catalogs, IMetricRetriever retriever)
{
    public const int MaxSuggestions = 5;

    /// <summary>The catalog's metrics the caller may read (<see cref="DefinitionVisibility"/>), optionally of one status (draft, in_review, published, deprecated, retired).</summary>
    public IReadOnlyList<MetricSummaryDto> List(Caller caller, string? status)
    {
        var visibility = new DefinitionVisibility(catalogs.Current);
        return CatalogViews.List(catalogs.Current, status).Where(m => visibility.CanSee(caller, m.Id)).ToArray();
    }

    /// <summary>
    /// The metric <paramref name="id"/> in full; or, when it is unknown or hidden from the caller (alike: no existence
    /// leak), the ids nearest to it among the metrics the caller may read.
    /// </summary>
    public (MetricDetailDto? Detail, IReadOnlyList<string> Suggestions) Detail(Caller caller, string id)
    {
        var catalog = catalogs.Current;
        var visibility = new DefinitionVisibility(catalog);
        if (catalog.FindMetric(id) is { } metric && visibility.CanSee(caller, metric)) return (CatalogViews.Detail(catalog, metric), []);
        return (null, Nearest(visibility.Visible(caller).Select(m => m.Id), id));
    }

    /// <summary>The catalog's metric ids nearest to <paramref name="id"/> (the did-you-mean of an unknown metric).</summary>
    public static IReadOnlyList<string> Nearest(SemanticCatalog catalog, string id) => Nearest(catalog.Metrics.Keys, id);

    /// <summary>The ids among <paramref name="candidates"/> nearest to <paramref name="id"/>.</summary>
    public static IReadOnlyList<string> Nearest(IEnumerable<string> candidates, string id)
    {
        var ids = candidates.Order(StringComparer.Ordinal).ToArray();
        var near = DidYouMean.Nearest(id, ids, MaxSuggestions);
        // A longer or shorter spelling of an id (gmv_paid → gmv) when nothing is a few edits away.
        if (near.Count == 0 && DidYouMean.Closest(id, ids) is { } closest) near = [closest];
        return near;
    }

    /// <summary>
    /// The metric a person means by <paramref name="term"/> — its id, name or a synonym, else the best
    /// match of the retriever among the definitions the caller may read; null when there is none.
    /// </summary>
    public async Task<MetricDefinition?> FindAsync(string term, Caller caller, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var visibility = new DefinitionVisibility(catalog);
        var metric = FindByName(catalog, term);
        if (metric is null)
        {
            var candidates = await retriever.RetrieveAsync(term, 3, id => visibility.CanSee(caller, id), cancellationToken);
            metric = candidates.Count > 0 ? catalog.FindMetric(candidates[0].MetricId) : null;
        }
        return metric is not null && visibility.CanSee(caller, metric) ? metric : null;
    }

    private static MetricDefinition? FindByName(SemanticCatalog catalog, string term)
    {
        var t = term.Trim();
        return catalog.FindMetric(t.ToLowerInvariant())
            ?? catalog.Metrics.Values.FirstOrDefault(m =>
                string.Equals(m.Name.Zh, t, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Name.En, t, StringComparison.OrdinalIgnoreCase)
                || m.Synonyms.Any(s => string.Equals(s, t, StringComparison.OrdinalIgnoreCase)));
    }
}
