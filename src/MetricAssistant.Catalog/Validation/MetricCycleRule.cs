using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>Ratio and derived metrics must not depend on themselves through other metrics (a → b → a).</summary>
internal sealed class MetricCycleRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in draft.Metrics)
            Visit(draft, problems, metric, [], done, reported);
    }

    // Depth-first over input metrics; the path holds the metrics being visited, so meeting one again is a cycle.
    private static void Visit(CatalogDraft draft, ProblemSink problems, MetricDefinition metric, List<string> path,
        HashSet<string> done, HashSet<string> reported)
    {
        if (done.Contains(metric.Id)) return;
        var start = path.IndexOf(metric.Id);
        if (start >= 0)
        {
            var cycle = path[start..];
            // One report per cycle, whichever metric it was entered from.
            if (reported.Add(string.Join(">", cycle.Order(StringComparer.Ordinal))))
            {
                var first = draft.Metric(cycle[0])!;
                problems.Add(first.Source, CatalogProblemCodes.MetricCycle,
                    $"metric '{first.Id}' depends on itself: {string.Join(" → ", cycle.Append(first.Id))}",
                    "a ratio or derived metric must be built from metrics that do not use it");
            }
            return;
        }

        path.Add(metric.Id);
        foreach (var input in metric.Calculation.Inputs)
            if (input.MetricId is { } id && draft.Metric(id) is { } target)
                Visit(draft, problems, target, path, done, reported);
        path.RemoveAt(path.Count - 1);
        done.Add(metric.Id);
    }
}
