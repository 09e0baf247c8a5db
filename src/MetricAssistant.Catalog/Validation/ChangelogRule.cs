
namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// A metric's changelog, when it has one, reads oldest first: versions strictly increase, dates never go
/// back, every entry says what changed in both languages, and the newest entry is the metric's current
/// version — so the history shown next to a figure is the history of the definition that produced it.
/// </summary>
internal sealed class ChangelogRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var metric in draft.Metrics)
        {
            var changes = metric.Changelog;
            if (changes.Count == 0) continue;
            for (var i = 0; i < changes.Count; i++)
            {
                var change = changes[i];
                var at = draft.Where(change, "version", metric.Source);
                if (change.Version < 1)
                    problems.Add(at, CatalogProblemCodes.ChangelogOrder, $"changelog of metric '{metric.Id}' has version {change.Version}; versions start at 1");
                if (string.IsNullOrWhiteSpace(change.Summary.Zh) || string.IsNullOrWhiteSpace(change.Summary.En))
                    problems.Add(at, CatalogProblemCodes.InvalidField, $"changelog entry v{change.Version} of metric '{metric.Id}' needs a summary in both languages (zh and en)");
                if (string.IsNullOrWhiteSpace(change.Author))
                    problems.Add(at, CatalogProblemCodes.InvalidField, $"changelog entry v{change.Version} of metric '{metric.Id}' needs an author");
                if (i == 0) continue;
                var previous = changes[i - 1];
                if (change.Version <= previous.Version)
                    problems.Add(at, CatalogProblemCodes.ChangelogOrder,
                        $"changelog of metric '{metric.Id}' lists v{change.Version} after v{previous.Version}; versions must strictly increase, oldest first",
                        $"use a version above {previous.Version}");
                else if (change.Date < previous.Date)
                    problems.Add(draft.Where(change, "date", at), CatalogProblemCodes.ChangelogOrder,
                        $"changelog of metric '{metric.Id}' dates v{change.Version} ({change.Date:yyyy-MM-dd}) before v{previous.Version} ({previous.Date:yyyy-MM-dd})");
            }
            var newest = changes[^1];
            if (newest.Version != metric.Version)
                problems.Add(draft.Where(newest, "version", metric.Source), CatalogProblemCodes.ChangelogVersionMismatch,
                    $"the newest changelog entry of metric '{metric.Id}' is v{newest.Version}, but the metric is version {metric.Version}",
                    newest.Version < metric.Version ? $"add an entry for version {metric.Version}" : $"set 'version: {newest.Version}' or remove the entry");
        }
    }
}
