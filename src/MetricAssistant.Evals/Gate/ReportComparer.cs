using MetricAssistant.Evals.Reports;


namespace MetricAssistant.Evals.Gate;

/// <summary>Compares two runs (reports or baselines, reduced to baselines), set by set.</summary>
public static class ReportComparer
{
    public static ReportComparison Compare(Baseline before, Baseline after, string beforeName = "before", string afterName = "after")
    {
        var broken = new List<CaseRef>();
        var fixedCases = new List<CaseRef>();
        var added = new List<CaseRef>();
        var removed = new List<CaseRef>();
        var deltas = new List<ScoreDelta>();
        var names = before.Sets.Select(s => s.Name).Concat(after.Sets.Select(s => s.Name)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var old = before.Find(name);
            var now = after.Find(name);
            var oldPassed = (old?.Passed ?? []).ToHashSet(StringComparer.Ordinal);
            var oldFailed = (old?.Failed ?? []).ToHashSet(StringComparer.Ordinal);
            var newPassed = (now?.Passed ?? []).ToHashSet(StringComparer.Ordinal);
            var newFailed = (now?.Failed ?? []).ToHashSet(StringComparer.Ordinal);
            broken.AddRange(Refs(name, oldPassed.Where(newFailed.Contains)));
            fixedCases.AddRange(Refs(name, oldFailed.Where(newPassed.Contains)));
            added.AddRange(Refs(name, newPassed.Concat(newFailed).Where(id => !oldPassed.Contains(id) && !oldFailed.Contains(id))));
            removed.AddRange(Refs(name, oldPassed.Concat(oldFailed).Where(id => !newPassed.Contains(id) && !newFailed.Contains(id))));

            deltas.AddRange(Deltas(name, "", old?.Scores, now?.Scores));
            deltas.AddRange(Deltas(name, "category:", old?.Categories, now?.Categories));
            deltas.AddRange(Deltas(name, "language:", old?.Languages, now?.Languages));
        }
        return new ReportComparison(beforeName, afterName, broken, fixedCases, added, removed, deltas);
    }

    private static IEnumerable<CaseRef> Refs(string set, IEnumerable<string> ids) =>
        ids.Order(StringComparer.Ordinal).Select(id => new CaseRef(set, id));

    private static IEnumerable<ScoreDelta> Deltas(string set, string prefix, IReadOnlyDictionary<string, double?>? before, IReadOnlyDictionary<string, double?>? after)
    {
        var keys = (before?.Keys ?? []).Concat(after?.Keys ?? []).Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
            yield return new ScoreDelta(set, prefix + key, before?.GetValueOrDefault(key), after?.GetValueOrDefault(key));
    }
}
