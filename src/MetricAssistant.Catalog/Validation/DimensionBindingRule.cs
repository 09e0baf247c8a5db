
namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// A model binds only known dimensions, through a column it can reach; mapped values are codes of the
/// dimension, and an unmapped column carries the dimension's code type.
/// </summary>
internal sealed class DimensionBindingRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var model in draft.Models)
        {
            foreach (var binding in model.Dimensions)
            {
                var dimension = draft.Dimension(binding.Dimension);
                if (dimension is null)
                    problems.Add(binding.Source, CatalogProblemCodes.UnknownDimension,
                        $"unknown dimension '{binding.Dimension}' bound by model '{model.Id}'",
                        DidYouMean.Suggest(binding.Dimension, draft.Dimensions.Select(d => d.Id)));

                var column = ColumnResolver.Resolve(draft, model, binding.Column, binding.Source, problems,
                    $"dimension '{binding.Dimension}' of model '{model.Id}'");
                if (dimension is null || column is null) continue;

                if (binding.ValueMap is null)
                {
                    if (column.Type != dimension.CodeType && !draft.IsInvalid(column))
                        problems.Add(binding.Source, CatalogProblemCodes.BindingType,
                            $"dimension '{dimension.Id}' has {Word(dimension.CodeType)} codes but column '{binding.Column}' of model '{model.Id}' is {Word(column.Type)}",
                            "bind a column of the code's type, or map its values with { column, map }");
                    continue;
                }
                if (dimension.Values.Count == 0) continue; // values come from the data; nothing to check against
                foreach (var code in binding.ValueMap.Values.Where(code => dimension.FindValue(code) is null))
                    problems.Add(binding.Source, CatalogProblemCodes.UnknownDimensionValue,
                        $"unknown value '{code}' of dimension '{dimension.Id}' in the map of model '{model.Id}'",
                        DidYouMean.Suggest(code, dimension.Values.Select(v => v.Code)));
            }
        }
    }

    private static string Word(Model.ColumnType type) => CatalogVocabulary.Word(CatalogVocabulary.ColumnTypes, type);
}
