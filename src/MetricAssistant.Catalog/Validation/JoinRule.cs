
namespace MetricAssistant.Catalog.Validation;

/// <summary>Primary keys are columns of their model; a join names a known model and a column on each side.</summary>
internal sealed class JoinRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var model in draft.Models)
        {
            var keyAt = draft.Where(model, "primary_key", model.Source);
            foreach (var key in model.PrimaryKey.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (model.FindColumn(key) is null)
                    problems.Add(keyAt, CatalogProblemCodes.UnknownColumn, $"unknown column '{key}' of model '{model.Id}' in primary_key",
                        DidYouMean.Suggest(key, model.Columns.Select(c => c.Name)));

            foreach (var join in model.Joins)
            {
                var usage = $"join '{join.Name}' of model '{model.Id}'";
                if (join.FromColumn.Length > 0 && model.FindColumn(join.FromColumn) is null)
                    problems.Add(join.Source, CatalogProblemCodes.UnknownColumn, $"unknown column '{join.FromColumn}' of model '{model.Id}' in {usage}",
                        DidYouMean.Suggest(join.FromColumn, model.Columns.Select(c => c.Name)));
                if (join.Model.Length == 0) continue;
                var target = draft.Model(join.Model);
                if (target is null)
                {
                    problems.Add(join.Source, CatalogProblemCodes.UnknownModel, $"unknown model '{join.Model}' in {usage}",
                        DidYouMean.Suggest(join.Model, draft.Models.Select(m => m.Id)));
                    continue;
                }
                if (join.ToColumn.Length > 0 && target.FindColumn(join.ToColumn) is null)
                    problems.Add(join.Source, CatalogProblemCodes.UnknownColumn, $"unknown column '{join.ToColumn}' of model '{target.Id}' in {usage}",
                        DidYouMean.Suggest(join.ToColumn, target.Columns.Select(c => c.Name)));
            }
        }
    }
}
