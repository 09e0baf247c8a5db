using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// Honours a query's pins (<c>"versions": { "gmv": 2 }</c>, "按v2口径"): each pinned metric must be one the query
/// uses and the version one the store keeps; a pin to the current version changes nothing. The answer is compiled
/// against the <see cref="PinnedCatalog"/> this returns, or refused with the versions that exist.
/// </summary>
public sealed class VersionPins(MetricHistory history)
{
    public async Task<(PinnedCatalog? Pinned, ErrorDto? Error)> ResolveAsync(SemanticCatalog current, SemanticQuery query, string language, CancellationToken cancellationToken)
    {
        if (query.Pins.Count == 0) return (PinnedCatalog.Unpinned(current), null);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var conflicting = query.Pins.GroupBy(p => p.MetricId, StringComparer.Ordinal).FirstOrDefault(g => g.Select(p => p.Version).Distinct().Count() > 1);
        if (conflicting is not null) return Fail("conflicting_versions", VersionMessages.Conflicting(conflicting.Key, zh), []);

        var used = Used(current, query);
        var applied = new List<AppliedPin>();
        var replaced = new List<MetricVersionText>();
        foreach (var pin in query.Pins.DistinctBy(p => p.MetricId))
        {
            if (current.FindMetric(pin.MetricId) is not { } metric)
            {
                var near = DefinitionLookup.Nearest(current, pin.MetricId);
                return Fail("unknown_metric", VersionMessages.UnknownMetric(pin.MetricId, near, zh), near);
            }
            if (!used.Contains(metric.Id)) return Fail("pin_unused", VersionMessages.Unused(metric, zh), [.. query.Metrics]);
            var versions = await history.VersionsAsync(current, metric.Id, cancellationToken);
            var found = versions.FirstOrDefault(v => v.Version == pin.Version);
            if (found is null || found.Version != metric.Version && found.Yaml is null)
            {
                var known = versions.Select(v => v.Version).ToArray();
                return Fail("unknown_version", VersionMessages.UnknownVersion(metric, pin.Version, known, metric.Version, zh), [.. known.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
            applied.Add(new AppliedPin(metric.Id, metric.Name, pin.Version, metric.Version));
            if (pin.Version != metric.Version) replaced.Add(found);
        }
        if (replaced.Count == 0) return (new PinnedCatalog(current, current, applied), null);

        var load = await history.CatalogWithAsync(replaced, cancellationToken);
        if (load.Catalog is not { } pinned)
        {
            var first = replaced[0];
            return Fail("version_unavailable", VersionMessages.Unloadable(applied.First(p => p.NotCurrent).MetricId, first.Version, load.Problems.FirstOrDefault()?.ToString() ?? "", zh), []);
        }
        return (new PinnedCatalog(current, pinned, applied), null);
    }

    /// <summary>The metrics a query computes: the ones it names and every metric they are built from.</summary>
    private static HashSet<string> Used(SemanticCatalog catalog, SemanticQuery query)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in query.Metrics.Select(catalog.FindMetric).OfType<MetricDefinition>())
        {
            used.Add(metric.Id);
            foreach (var input in catalog.Reach.For(metric).Inputs) used.Add(input.Id);
        }
        return used;
    }

    private static (PinnedCatalog?, ErrorDto?) Fail(string code, string message, IReadOnlyList<string> suggestions) => (null, new ErrorDto(code, message, suggestions));
}
