using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// The catalog's naming rules (<see cref="CatalogDraft.Naming"/>: catalog/governance/naming.yaml, else snake_case ids
/// and names and descriptions in both Chinese and English): ids match the pattern and stay within the length limit,
/// names are given in every required language and stay within theirs, and no metric, model or dimension is called a
/// reserved word.
/// </summary>
internal sealed partial class NamingRule : ICatalogRule
{
    // Splits "GmvPaid" / "gmv-paid" / "GMV paid" into words for a snake_case suggestion.
    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordBreak();

    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        var rules = new Checks(draft.Naming, problems);
        foreach (var metric in draft.Metrics)
        {
            rules.Id("metric", metric.Id, metric.Source, reservable: true);
            var context = $"metric '{metric.Id}'";
            rules.Name(context, "name", metric.Name, draft.Where(metric, "name", metric.Source), CatalogProblemCodes.MissingName, limited: true);
            rules.Name(context, "owner", metric.Owner, draft.Where(metric, "owner", metric.Source), CatalogProblemCodes.MissingName, limited: false);
            rules.Name(context, "description", metric.Description, draft.Where(metric, "description", metric.Source), CatalogProblemCodes.MissingDescription, limited: false);
            if (metric.Calculation.Type == MetricType.Derived)
                foreach (var input in metric.Calculation.Inputs) rules.Id($"input of {context}", input.Name, input.Source, reservable: false);
        }

        foreach (var model in draft.Models)
        {
            rules.Id("model", model.Id, model.Source, reservable: true);
            var context = $"model '{model.Id}'";
            rules.Name(context, "description", model.Description, draft.Where(model, "description", model.Source), CatalogProblemCodes.MissingDescription, limited: false);
            foreach (var measure in model.Measures) rules.Id($"measure of {context}", measure.Name, measure.Source, reservable: false);
            foreach (var join in model.Joins) rules.Id($"join of {context}", join.Name, join.Source, reservable: false);
            foreach (var time in model.TimeDimensions) rules.Id($"time dimension of {context}", time.Name, time.Source, reservable: false);
        }

        foreach (var dimension in draft.Dimensions)
        {
            rules.Id("dimension", dimension.Id, dimension.Source, reservable: true);
            var context = $"dimension '{dimension.Id}'";
            rules.Name(context, "name", dimension.Name, draft.Where(dimension, "name", dimension.Source), CatalogProblemCodes.MissingName, limited: true);
            foreach (var value in dimension.Values)
                rules.Name($"value '{value.Code}' of {context}", "name", value.Name, draft.Where(value, "code", dimension.Source), CatalogProblemCodes.MissingName, limited: false);
        }
    }

    /// <summary>The checks under one set of rules, with the id pattern compiled once per validation.</summary>
    private sealed class Checks(NamingConventions rules, ProblemSink problems)
    {
        private readonly Regex pattern = new(rules.IdPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        private readonly bool snakeCase = rules.IdPattern == NamingConventions.SnakeCasePattern;

        public void Id(string kind, string id, SourceLocation at, bool reservable)
        {
            if (id.Length == 0) return; // an empty id is reported as a missing field
            if (!Matches(id))
            {
                var message = snakeCase
                    ? $"{kind} id '{id}' must be snake_case (lowercase letters, digits and '_', starting with a letter)"
                    : $"{kind} id '{id}' does not match the naming rules' id_pattern {rules.IdPattern}";
                problems.Add(at, CatalogProblemCodes.InvalidId, message, ToSnakeCase(id) is { } fixedId && Matches(fixedId) ? $"use '{fixedId}'" : null);
            }
            if (rules.MaxIdLength is { } max && id.Length > max)
                problems.Add(at, CatalogProblemCodes.TooLong, $"{kind} id '{id}' is {id.Length} characters long; the naming rules allow at most {max}",
                    Matches(id[..max].TrimEnd('_')) ? $"e.g. '{id[..max].TrimEnd('_')}'" : null);
            if (reservable && rules.IsReserved(id))
                problems.Add(at, CatalogProblemCodes.ReservedWord, $"{kind} id '{id}' is a reserved word of the naming rules", Reserved());
        }

        public void Name(string context, string field, LocalizedText text, SourceLocation at, string code, bool limited)
        {
            foreach (var language in rules.RequiredLanguages)
            {
                var value = language == "zh" ? text.Zh : text.En;
                if (string.IsNullOrWhiteSpace(value))
                    problems.Add(at, code, $"{context} has no {(language == "zh" ? "Chinese" : "English")} {field} ({language})");
            }
            if (!limited) return;
            foreach (var (language, value) in new[] { ("zh", text.Zh), ("en", text.En) })
            {
                if (string.IsNullOrWhiteSpace(value)) continue;
                if (rules.IsReserved(value))
                    problems.Add(at, CatalogProblemCodes.ReservedWord, $"{context} {field} ({language}) '{value}' is a reserved word of the naming rules", Reserved());
                if (rules.MaxNameLength is { } max && value.Length > max)
                    problems.Add(at, CatalogProblemCodes.TooLong, $"{context} {field} ({language}) is {value.Length} characters long; the naming rules allow at most {max}");
            }
        }

        private bool Matches(string id)
        {
            try
            {
                return pattern.IsMatch(id);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        private string Reserved() => $"choose a more specific word; reserved: {string.Join(", ", rules.ReservedWords)}" +
            (rules.Source.Line > 0 ? $" ({rules.Source.File})" : "");
    }

    private static string? ToSnakeCase(string id)
    {
        var words = WordBreak().Split(id.Trim()).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant());
        var snake = string.Join('_', words);
        return snake.Length > 0 ? snake : null;
    }
}
