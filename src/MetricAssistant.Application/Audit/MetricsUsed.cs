using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Audit;

/// <summary>Every metric an answer's SQL was compiled from, with its version: the asked metrics and, recursively, the metrics they are built from.</summary>
public static class MetricsUsed
{
    public static IReadOnlyDictionary<string, int> Versions(SemanticCatalog catalog, IEnumerable<string> metricIds)
    {
        var versions = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var pending = new Stack<string>(metricIds);
        while (pending.TryPop(out var id))
        {
            if (versions.ContainsKey(id) || catalog.FindMetric(id) is not { } metric) continue;
            versions[id] = metric.Version;
            foreach (var input in metric.Calculation.Inputs)
                if (input.MetricId is { } inner) pending.Push(inner);
        }
        return versions;
    }
}
