using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// Which metrics a change to some models (or one column of them) reaches. Directly: the metric's own definition
/// reads the model (<c>model</c>: it aggregates it) or the column (<c>measure</c>, <c>filter</c>, <c>time_dimension</c>,
/// <c>dimension</c>; the strongest when several). Indirectly: a ratio or derived metric built from a reached metric,
/// <c>via</c> the first of its operands (in calculation order) that is reached — the metric it goes through (aov via
/// gmv). Last, for an upstream table, a metric reached neither way whose own lineage block lists it (<c>lineage</c>).
/// </summary>
public static class ImpactAnalysis
{
    public static IReadOnlyList<ImpactedMetric> Reached(SemanticCatalog catalog, IReadOnlyCollection<string> models, string? column, string? upstreamTable)
    {
        var direct = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var metric in catalog.Metrics.Values)
            if (DirectVia(catalog, metric, models, column, upstreamTable) is { } via) direct[metric.Id] = via;

        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        var reached = new List<ImpactedMetric>();
        foreach (var metric in catalog.Metrics.Values)
        {
            if (Via(metric, []) is { } via)
                reached.Add(new ImpactedMetric(metric.Id, via, direct.ContainsKey(metric.Id), metric.Name, metric.Owner, MetricStatusName.Of(metric.Status), metric.Version));
            // Its lineage block naming the upstream table counts only when nothing it computes from does (aov names
            // pay.payment_txn, but it reaches it through gmv).
            else if (ListsUpstream(metric, column, upstreamTable))
                reached.Add(new ImpactedMetric(metric.Id, LineageVia.Lineage, true, metric.Name, metric.Owner, MetricStatusName.Of(metric.Status), metric.Version));
        }
        return reached.OrderBy(m => m.Direct ? 0 : 1).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();

        string? Via(MetricDefinition metric, HashSet<string> path)
        {
            if (direct.TryGetValue(metric.Id, out var own)) return own;
            if (resolved.TryGetValue(metric.Id, out var known)) return known;
            if (!path.Add(metric.Id)) return null; // a cycle (reported by validation) reaches nothing new
            string? through = null;
            foreach (var input in metric.Calculation.Inputs)
            {
                if (input.MetricId is not { } id || catalog.FindMetric(id) is not { } inner || Via(inner, path) is null) continue;
                through = id;
                break;
            }
            path.Remove(metric.Id);
            resolved[metric.Id] = through;
            return through;
        }
    }

    private static string? DirectVia(SemanticCatalog catalog, MetricDefinition metric, IReadOnlyCollection<string> models, string? column, string? upstreamTable)
    {
        if (column is null && MetricColumns.OwnCalculations(metric).Any(s => models.Contains(s.Model))) return LineageVia.Model;
        var vias = MetricColumns.Of(catalog, metric)
            .Where(u => models.Contains(u.Model) && (column is null || string.Equals(u.Column, column, StringComparison.Ordinal)))
            .Select(u => u.Via).ToArray();
        return vias.Length > 0 ? LineageVia.Strongest(vias) : null;
    }

    private static bool ListsUpstream(MetricDefinition metric, string? column, string? upstreamTable) =>
        column is null && upstreamTable is not null && metric.Lineage?.UpstreamTables.Contains(upstreamTable, StringComparer.OrdinalIgnoreCase) == true;
}
