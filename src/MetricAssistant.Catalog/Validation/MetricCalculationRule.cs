using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// Every part of a metric's calculation exists: the model, measure, time dimension and filter columns of a
/// simple part, the metrics a ratio or derived metric uses, and the input names of a derived expression.
/// </summary>
internal sealed class MetricCalculationRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var metric in draft.Metrics)
        {
            var calculation = metric.Calculation;
            if (calculation.Simple is { } simple) CheckSimple(draft, problems, simple, $"metric '{metric.Id}'");
            foreach (var input in calculation.Inputs) CheckInput(draft, problems, metric, input);
            if (calculation.Type == MetricType.Derived && !string.IsNullOrEmpty(calculation.Expression))
                CheckExpression(draft, problems, metric);
            if (calculation.Conversion is { } conversion) CheckConversion(draft, problems, metric, conversion);
        }
    }

    /// <summary>The entity and constant property columns exist on each event's model, and the types of the paired columns agree.</summary>
    private static void CheckConversion(CatalogDraft draft, ProblemSink problems, MetricDefinition metric, ConversionParameters conversion)
    {
        SemanticModel? ModelOf(string input) =>
            metric.Calculation.Inputs.FirstOrDefault(i => i.Name == input)?.Inline is { } inline ? draft.Model(inline.Model) : null;
        if (ModelOf(ConversionParameters.BaseInput) is not { } baseModel || ModelOf(ConversionParameters.ConversionInput) is not { } eventModel) return;
        var owner = $"metric '{metric.Id}'";
        Pair(conversion.BaseEntity, conversion.ConversionEntity, conversion.Source, "entity");
        foreach (var property in conversion.ConstantProperties) Pair(property.Base, property.Conversion, property.Source, "constant property");

        void Pair(ColumnPath onBase, ColumnPath onEvent, SourceLocation at, string what)
        {
            var left = ColumnResolver.Resolve(draft, baseModel, onBase, at, problems, $"base {what} of {owner}");
            var right = ColumnResolver.Resolve(draft, eventModel, onEvent, at, problems, $"conversion {what} of {owner}");
            if (left is not null && right is not null && left.Type != right.Type)
                problems.Add(at, CatalogProblemCodes.InvalidField,
                    $"the {what} of {owner} pairs '{onBase}' ({left.Type.ToString().ToLowerInvariant()}) with '{onEvent}' ({right.Type.ToString().ToLowerInvariant()}); they must have the same type");
        }
    }

    private static void CheckInput(CatalogDraft draft, ProblemSink problems, MetricDefinition metric, MetricInput input)
    {
        if (input.Inline is { } inline)
        {
            CheckSimple(draft, problems, inline, $"{input.Name} of metric '{metric.Id}'");
            return;
        }
        if (string.IsNullOrEmpty(input.MetricId)) return; // the reader reported the missing operand
        var target = draft.Metric(input.MetricId);
        if (target is null)
            problems.Add(input.Source, CatalogProblemCodes.UnknownMetric, $"unknown metric '{input.MetricId}' in {input.Name} of metric '{metric.Id}'",
                DidYouMean.Suggest(input.MetricId, draft.Metrics.Select(m => m.Id)));
        else if (target.Status == MetricStatus.Deprecated && metric.Status != MetricStatus.Deprecated)
            problems.Add(input.Source, CatalogProblemCodes.DeprecatedInput, $"metric '{metric.Id}' uses deprecated metric '{target.Id}' in {input.Name}",
                target.ReplacedBy is { } replacement ? $"use '{replacement}' instead" : null);
        else if (target.Status == MetricStatus.Retired && metric.Status is not (MetricStatus.Deprecated or MetricStatus.Retired))
            problems.Add(input.Source, CatalogProblemCodes.DeprecatedInput, $"metric '{metric.Id}' uses retired metric '{target.Id}' in {input.Name}",
                target.ReplacedBy is { } successor ? $"use '{successor}' instead" : null);
    }

    private static void CheckSimple(CatalogDraft draft, ProblemSink problems, SimpleCalculation calculation, string owner)
    {
        if (calculation.Model.Length == 0) return; // the reader reported the missing field
        var model = draft.Model(calculation.Model);
        if (model is null)
        {
            problems.Add(draft.Where(calculation, "model", calculation.Source), CatalogProblemCodes.UnknownModel,
                $"unknown model '{calculation.Model}' in {owner}", DidYouMean.Suggest(calculation.Model, draft.Models.Select(m => m.Id)));
            return;
        }
        if (calculation.Measure.Length > 0 && model.FindMeasure(calculation.Measure) is null)
            problems.Add(draft.Where(calculation, "measure", calculation.Source), CatalogProblemCodes.UnknownMeasure,
                $"unknown measure '{calculation.Measure}' of model '{model.Id}' in {owner}",
                DidYouMean.Suggest(calculation.Measure, model.Measures.Select(m => m.Name)));
        if (calculation.TimeDimension.Length > 0 && model.FindTimeDimension(calculation.TimeDimension) is null)
            problems.Add(draft.Where(calculation, "time_dimension", calculation.Source), CatalogProblemCodes.UnknownTimeDimension,
                $"unknown time dimension '{calculation.TimeDimension}' of model '{model.Id}' in {owner}",
                DidYouMean.Suggest(calculation.TimeDimension, model.TimeDimensions.Select(t => t.Name)));
        foreach (var filter in calculation.Filters)
        {
            var column = ColumnResolver.Resolve(draft, model, filter.Column, filter.Source, problems, $"filter of {owner}");
            if (draft.IsInvalid(filter)) continue;
            CheckValueCount(problems, filter, owner);
            if (column is { Values.Count: > 0 }) CheckListedValues(problems, filter, column, owner);
        }
    }

    /// <summary>is_null takes no values, eq and ne exactly one, in and not_in at least one.</summary>
    private static void CheckValueCount(ProblemSink problems, ColumnFilter filter, string owner)
    {
        var (ok, expected) = filter.Operator switch
        {
            FilterOperator.IsNull or FilterOperator.IsNotNull => (filter.Values.Count == 0, "no values"),
            FilterOperator.Equals or FilterOperator.NotEquals => (filter.Values.Count == 1, "exactly one value"),
            _ => (filter.Values.Count > 0, "at least one value"),
        };
        if (!ok)
            problems.Add(filter.Source, CatalogProblemCodes.FilterValues,
                $"operator '{CatalogVocabulary.Word(CatalogVocabulary.Operators, filter.Operator)}' on '{filter.Column}' in filter of {owner} takes {expected}, not {filter.Values.Count}");
    }

    /// <summary>A filter on a column whose values the model lists uses only those values: a misspelt status filters out every row.</summary>
    private static void CheckListedValues(ProblemSink problems, ColumnFilter filter, ColumnDefinition column, string owner)
    {
        foreach (var value in filter.Values.Where(v => !column.Values.Contains(v, StringComparer.Ordinal)))
            problems.Add(filter.Source, CatalogProblemCodes.FilterValues,
                $"value '{value}' of '{filter.Column}' in filter of {owner} is not one the column holds ({string.Join(", ", column.Values)})",
                DidYouMean.Suggest(value, column.Values));
    }

    private static void CheckExpression(CatalogDraft draft, ProblemSink problems, MetricDefinition metric)
    {
        var calculation = metric.Calculation;
        var at = draft.Where(calculation, "expr", metric.Source);
        var expression = MeasureExpression.Parse(calculation.Expression!);
        if (!expression.IsValid)
            problems.Add(at, CatalogProblemCodes.InvalidExpression, $"invalid expression '{calculation.Expression}' in metric '{metric.Id}': {expression.Error}");
        var names = calculation.Inputs.Select(i => i.Name).ToList();
        foreach (var reference in expression.Columns.Select(c => c.ToString()).Where(r => !names.Contains(r, StringComparer.Ordinal)))
            problems.Add(at, CatalogProblemCodes.UnknownInput, $"unknown input '{reference}' in the expression of metric '{metric.Id}'",
                DidYouMean.Suggest(reference, names));
    }
}
