using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// A deprecated metric names its published replacement, because questions that name it are answered with
/// that replacement; only a deprecated metric has one.
/// </summary>
internal sealed class DeprecationRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var metric in draft.Metrics)
        {
            var replacedAt = draft.Where(metric, "replaced_by", metric.Source);
            // A retired metric may keep the successor it had while deprecated; it is never answered either way.
            if (metric.Status == MetricStatus.Retired) continue;
            if (metric.Status != MetricStatus.Deprecated)
            {
                if (metric.ReplacedBy is not null)
                    problems.Add(replacedAt, CatalogProblemCodes.ReplacementWithoutDeprecation,
                        $"metric '{metric.Id}' has replaced_by but is not deprecated", "set 'status: deprecated' or remove replaced_by");
                continue;
            }

            if (metric.ReplacedBy is null)
            {
                problems.Add(draft.Where(metric, "status", metric.Source), CatalogProblemCodes.DeprecatedWithoutReplacement,
                    $"deprecated metric '{metric.Id}' has no replaced_by", "add 'replaced_by: <id of the published metric to use instead>'");
                continue;
            }
            var replacement = draft.Metric(metric.ReplacedBy);
            if (replacement is null)
                problems.Add(replacedAt, CatalogProblemCodes.UnknownReplacement,
                    $"deprecated metric '{metric.Id}' is replaced by unknown metric '{metric.ReplacedBy}'",
                    DidYouMean.Suggest(metric.ReplacedBy, draft.Metrics.Where(m => m.IsPublished).Select(m => m.Id)));
            else if (!replacement.IsPublished)
                problems.Add(replacedAt, CatalogProblemCodes.ReplacementNotPublished,
                    $"deprecated metric '{metric.Id}' is replaced by '{replacement.Id}', which is {CatalogVocabulary.Word(CatalogVocabulary.Statuses, replacement.Status)}, not published");
        }
    }
}
