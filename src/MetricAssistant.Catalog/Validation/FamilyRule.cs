
namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// A family of variant definitions (gmv, gmv_ordered, gmv_net) has exactly one official member: the one a
/// question that does not say which variant gets.
/// </summary>
internal sealed class FamilyRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var family in draft.Metrics.Where(m => !string.IsNullOrEmpty(m.Family)).GroupBy(m => m.Family!, StringComparer.Ordinal))
        {
            var official = family.Where(m => m.Official).ToList();
            if (official.Count == 0)
            {
                var first = family.First();
                problems.Add(draft.Where(first, "family", first.Source), CatalogProblemCodes.FamilyOfficial,
                    $"metric family '{family.Key}' ({string.Join(", ", family.Select(m => m.Id))}) has no official metric",
                    "mark the company standard of the family 'official: true'");
            }
            foreach (var extra in official.Skip(1))
                problems.Add(draft.Where(extra, "family", extra.Source), CatalogProblemCodes.FamilyOfficial,
                    $"metric family '{family.Key}' has more than one official metric: {string.Join(", ", official.Select(m => m.Id))}",
                    "keep 'official: true' on the company standard only");
        }
    }
}
