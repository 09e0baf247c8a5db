using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// A metric's published versions as the catalog store keeps them, and the catalog in which a metric is one of its
/// earlier versions: today's documents with that metric's document replaced by the older text, loaded and validated
/// as any catalog. Loaded catalogs are kept for the store's current head (a few at a time), so a pinned question
/// asked again does not load the catalog again.
/// </summary>
public sealed class MetricHistory(ICatalogStore store)
{
    private const int KeptCatalogs = 16;
    private readonly Lock gate = new();
    private readonly Dictionary<string, CatalogLoadResult> loaded = new(StringComparer.Ordinal);
    private readonly Queue<string> loadOrder = new();

    /// <summary>The store path of a metric's document: where the current catalog read it, else <c>catalog/metrics/&lt;id&gt;.yaml</c>.</summary>
    public static string PathOf(SemanticCatalog current, string metricId) =>
        current.FindMetric(metricId)?.Source.File is { Length: > 0 } file ? file : $"catalog/metrics/{metricId}.yaml";

    /// <summary>
    /// The metric's versions, oldest first: the last revision for each <c>version:</c> of its document. When the store
    /// has no history for it, its one version is the current catalog's; empty for a metric neither knows.
    /// </summary>
    public async Task<IReadOnlyList<MetricVersionText>> VersionsAsync(SemanticCatalog current, string metricId, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(PathOf(current, metricId), cancellationToken);
        var byVersion = new SortedDictionary<int, MetricVersionText>();
        foreach (var revision in history)
        {
            var header = MetricDocumentHeader.Read(revision.Yaml);
            if (header.Version is { } version) byVersion[version] = new MetricVersionText(version, revision.Yaml, header, revision);
        }
        if (byVersion.Count > 0) return [.. byVersion.Values];
        return current.FindMetric(metricId) is { } metric ? [new MetricVersionText(metric.Version, null, HeaderOf(metric), null)] : [];
    }

    /// <summary>The version the store holds last (what is current), or the current catalog's when the store has no history.</summary>
    public static int? CurrentOf(IReadOnlyList<MetricVersionText> versions) =>
        versions.Count == 0 ? null : versions.MaxBy(v => v.Revision?.Revision ?? long.MaxValue)!.Version;

    /// <summary>
    /// Today's catalog with each of <paramref name="versions"/> in place of its metric's current document; the load's
    /// problems when an old text no longer fits today's models and dimensions.
    /// </summary>
    public async Task<CatalogLoadResult> CatalogWithAsync(IReadOnlyList<MetricVersionText> versions, CancellationToken cancellationToken)
    {
        var replacements = versions.Where(v => v.Revision is not null && v.Yaml is not null).Select(v => v.Revision!).ToArray();
        var head = await store.HeadAsync(cancellationToken);
        var key = string.Join('|', replacements.Select(r => r.Revision.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).Prepend(head.ToString(CultureInfo.InvariantCulture)));
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var kept)) return kept;
        }
        var files = (await store.CurrentAsync(cancellationToken)).ToDictionary(d => d.Path, d => d.Yaml, StringComparer.Ordinal);
        foreach (var revision in replacements) files[revision.Path] = revision.Yaml;
        var result = new CatalogLoader().LoadFromText(files.Select(f => (f.Key, f.Value)));
        lock (gate)
        {
            if (loaded.TryAdd(key, result))
            {
                loadOrder.Enqueue(key);
                while (loadOrder.Count > KeptCatalogs) loaded.Remove(loadOrder.Dequeue());
            }
        }
        return result;
    }

    private static MetricDocumentHeader HeaderOf(MetricDefinition metric) => new(
        metric.Id, metric.Version, MetricStatusName.Of(metric.Status),
        [.. metric.Changelog.Select(c => new MetricDocumentChange(c.Version, c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Author, c.Summary))]);
}
