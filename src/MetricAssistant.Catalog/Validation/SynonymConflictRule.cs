using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// A word (synonym, name or id, case-insensitive) may point at several metrics only if one of them is the
/// official one, which is what an unqualified question then gets; otherwise the word is ambiguous.
/// </summary>
internal sealed class SynonymConflictRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        var claims = new Dictionary<string, List<(MetricDefinition Metric, string Field)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var metric in draft.Metrics)
        {
            foreach (var (word, field) in Words(metric))
            {
                var key = word.Trim();
                if (key.Length == 0) continue;
                if (!claims.TryGetValue(key, out var list)) claims[key] = list = [];
                if (!list.Any(c => ReferenceEquals(c.Metric, metric))) list.Add((metric, field));
            }
        }

        foreach (var (word, list) in claims)
        {
            if (list.Count < 2 || list.Any(c => c.Metric.Official)) continue;
            var ids = string.Join(", ", list.Select(c => $"'{c.Metric.Id}'"));
            // Reported where the later claimants say it, so the first definition reads as the owner.
            foreach (var (metric, field) in list.Skip(1))
                problems.Add(draft.Where(metric, field, metric.Source), CatalogProblemCodes.SynonymConflict,
                    $"'{word}' is claimed by metrics {ids}, none of which is official",
                    "keep the word on one metric, or mark the company standard 'official: true'");
        }
    }

    private static IEnumerable<(string Word, string Field)> Words(MetricDefinition metric)
    {
        yield return (metric.Id, "metric");
        yield return (metric.Name.Zh, "name");
        yield return (metric.Name.En, "name");
        foreach (var synonym in metric.Synonyms) yield return (synonym, "synonyms");
    }
}
