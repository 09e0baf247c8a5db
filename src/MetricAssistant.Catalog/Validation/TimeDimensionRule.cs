using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>A time dimension is a reachable date or timestamp column.</summary>
internal sealed class TimeDimensionRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var model in draft.Models)
        {
            foreach (var time in model.TimeDimensions)
            {
                var column = ColumnResolver.Resolve(draft, model, time.Column, time.Source, problems,
                    $"time dimension '{time.Name}' of model '{model.Id}'");
                if (column is not null && !draft.IsInvalid(column) && column.Type is not (ColumnType.Date or ColumnType.Timestamp))
                    problems.Add(time.Source, CatalogProblemCodes.TimeColumnType,
                        $"time dimension '{time.Name}' of model '{model.Id}' uses column '{time.Column}', which is {CatalogVocabulary.Word(CatalogVocabulary.ColumnTypes, column.Type)}, not a date or timestamp");
            }
        }
    }
}
