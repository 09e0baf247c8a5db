using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>Ids are unique: metrics, models and dimensions in the catalog; columns, joins, measures and time dimensions in a model.</summary>
internal sealed class DuplicateIdRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        Unique(problems, "metric id", draft.Metrics, m => m.Id, m => m.Source);
        Unique(problems, "model id", draft.Models, m => m.Id, m => m.Source);
        Unique(problems, "dimension id", draft.Dimensions, d => d.Id, d => d.Source);
        foreach (var model in draft.Models)
        {
            var of = $"of model '{model.Id}'";
            Unique(problems, $"column {of}", model.Columns, c => c.Name, c => draft.Where(c, "name", model.Source));
            Unique(problems, $"join {of}", model.Joins, j => j.Name, j => j.Source);
            Unique(problems, $"measure {of}", model.Measures, m => m.Name, m => m.Source);
            Unique(problems, $"time dimension {of}", model.TimeDimensions, t => t.Name, t => t.Source);
        }
    }

    private static void Unique<T>(ProblemSink problems, string kind, IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key.Length == 0) continue;
            if (first.TryGetValue(key, out var original))
                problems.Add(at(item), CatalogProblemCodes.DuplicateId, $"duplicate {kind} '{key}', first defined at {original}",
                    "rename or remove one of them");
            else first[key] = at(item);
        }
    }
}
