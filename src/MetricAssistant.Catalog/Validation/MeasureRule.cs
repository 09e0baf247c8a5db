
using MetricAssistant.Catalog.Model;
namespace MetricAssistant.Catalog.Validation;

/// <summary>A measure's expression parses and names reachable columns; a semi-additive measure names a time dimension of its model.</summary>
internal sealed class MeasureRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var model in draft.Models)
        {
            foreach (var measure in model.Measures)
            {
                var usage = $"measure '{measure.Name}' of model '{model.Id}'";
                var exprAt = draft.Where(measure, "expr", measure.Source);
                if (measure.Expression.Length > 0)
                {
                    var expression = MeasureExpression.Parse(measure.Expression);
                    if (!expression.IsValid)
                        problems.Add(exprAt, CatalogProblemCodes.InvalidExpression, $"invalid expression '{measure.Expression}' in {usage}: {expression.Error}");
                    foreach (var column in expression.Columns)
                        ColumnResolver.Resolve(draft, model, column, exprAt, problems, usage);
                }

                var percentileAt = draft.Where(measure, "percentile", measure.Source);
                if (measure.Aggregation == Aggregation.Percentile && measure.Percentile is null)
                    problems.Add(percentileAt, CatalogProblemCodes.InvalidField, $"{usage} is a percentile without 'percentile' (0.99 for p99)", "add 'percentile: 0.5' or use agg: median");
                if (measure.Aggregation != Aggregation.Percentile && measure.Percentile is not null)
                    problems.Add(percentileAt, CatalogProblemCodes.InvalidField, $"{usage} has 'percentile' but its agg is not percentile");
                // A period aggregation across snapshots is one of the plain ones: a median or percentile of snapshots has no use yet.
                if (measure.SemiAdditive is { PeriodAggregation: Aggregation.Median or Aggregation.Percentile or Aggregation.SumBoolean } odd)
                    problems.Add(draft.Where(measure, "semi_additive", measure.Source), CatalogProblemCodes.InvalidField,
                        $"period_agg '{CatalogVocabulary.Word(CatalogVocabulary.Aggregations, odd.PeriodAggregation)}' of {usage} is not one of sum, count, count_distinct, avg, min, max");

                if (measure.SemiAdditive is { TimeDimension.Length: > 0 } semi && model.FindTimeDimension(semi.TimeDimension) is null)
                    problems.Add(draft.Where(measure, "semi_additive", measure.Source), CatalogProblemCodes.UnknownTimeDimension,
                        $"unknown time dimension '{semi.TimeDimension}' of model '{model.Id}' in semi_additive of {usage}",
                        DidYouMean.Suggest(semi.TimeDimension, model.TimeDimensions.Select(t => t.Name)));
            }
        }
    }
}
