using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>Ids are snake_case; every name and description is given in both Chinese and English.</summary>
internal sealed partial class NamingRule : ICatalogRule
{
    // Matches "gmv_ordered" and "order_items"; rejects "GMV", "gmv-paid", "2024_sales".
    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    // Splits "GmvPaid" / "gmv-paid" / "GMV paid" into words for a snake_case suggestion.
    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordBreak();

    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var metric in draft.Metrics)
        {
            Id(problems, "metric", metric.Id, metric.Source);
            var context = $"metric '{metric.Id}'";
            Text(problems, context, "name", metric.Name, draft.Where(metric, "name", metric.Source), CatalogProblemCodes.MissingName);
            Text(problems, context, "owner", metric.Owner, draft.Where(metric, "owner", metric.Source), CatalogProblemCodes.MissingName);
            Text(problems, context, "description", metric.Description, draft.Where(metric, "description", metric.Source),
                CatalogProblemCodes.MissingDescription);
            if (metric.Calculation.Type == MetricType.Derived)
                foreach (var input in metric.Calculation.Inputs) Id(problems, $"input of {context}", input.Name, input.Source);
        }

        foreach (var model in draft.Models)
        {
            Id(problems, "model", model.Id, model.Source);
            var context = $"model '{model.Id}'";
            Text(problems, context, "description", model.Description, draft.Where(model, "description", model.Source),
                CatalogProblemCodes.MissingDescription);
            foreach (var measure in model.Measures) Id(problems, $"measure of {context}", measure.Name, measure.Source);
            foreach (var join in model.Joins) Id(problems, $"join of {context}", join.Name, join.Source);
            foreach (var time in model.TimeDimensions) Id(problems, $"time dimension of {context}", time.Name, time.Source);
        }

        foreach (var dimension in draft.Dimensions)
        {
            Id(problems, "dimension", dimension.Id, dimension.Source);
            var context = $"dimension '{dimension.Id}'";
            Text(problems, context, "name", dimension.Name, draft.Where(dimension, "name", dimension.Source), CatalogProblemCodes.MissingName);
            foreach (var value in dimension.Values)
                Text(problems, $"value '{value.Code}' of {context}", "name", value.Name, draft.Where(value, "code", dimension.Source),
                    CatalogProblemCodes.MissingName);
        }
    }

    private static void Id(ProblemSink problems, string kind, string id, SourceLocation at)
    {
        if (id.Length == 0 || SnakeCase().IsMatch(id)) return; // an empty id is reported as a missing field
        problems.Add(at, CatalogProblemCodes.InvalidId, $"{kind} id '{id}' must be snake_case (lowercase letters, digits and '_', starting with a letter)",
            ToSnakeCase(id) is { } fixedId ? $"use '{fixedId}'" : null);
    }

    private static void Text(ProblemSink problems, string context, string field, LocalizedText text, SourceLocation at, string code)
    {
        if (string.IsNullOrWhiteSpace(text.Zh)) problems.Add(at, code, $"{context} has no Chinese {field} (zh)");
        if (string.IsNullOrWhiteSpace(text.En)) problems.Add(at, code, $"{context} has no English {field} (en)");
    }

    private static string? ToSnakeCase(string id)
    {
        var words = WordBreak().Split(id.Trim()).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant());
        var snake = string.Join('_', words);
        return snake.Length > 0 && SnakeCase().IsMatch(snake) ? snake : null;
    }
}
