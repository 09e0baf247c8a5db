using System.Globalization;
using MetricAssistant.Application.Contracts;
using YamlDotNet.RepresentationModel;
using static MetricAssistant.Evals.Loading.YamlFields;

namespace MetricAssistant.Evals.Loading;

/// <summary>
/// Reads an expected query. Every field of the contract's query must be written out (an omitted field
/// would make the expectation silently lean on a default), with null or [] where nothing applies.
/// </summary>
internal static class QueryReader
{
    private static readonly string[] Grains = ["day", "week", "month", "quarter", "year"];
    private static readonly string[] Comparisons = ["yoy", "pop"];
    private static readonly string[] Operators = ["in", "not_in"];
    private static readonly string[] Points = ["period_end"];

    public static QueryDto? Read(YamlNode node, string caseId, ProblemList problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(caseId, "expect.query must be a mapping.");
            return null;
        }
        var before = problems.Count;
        foreach (var field in EvalVocabulary.QueryFields.Where(f => !Has(map, f)))
            problems.Add(caseId, $"expect.query is missing the field '{field}'.");
        foreach (var key in Keys(map).Where(k => !EvalVocabulary.QueryFields.Contains(k) && !EvalVocabulary.OptionalQueryFields.Contains(k)))
            problems.Add(caseId, $"expect.query has an unknown field '{key}'.");

        var metrics = TextList(Get(map, "metrics"));
        if (Has(map, "metrics") && (metrics is null || metrics.Count == 0))
            problems.Add(caseId, "expect.query.metrics must list at least one metric id.");

        var groupBy = TextList(Get(map, "groupBy"));
        if (Has(map, "groupBy") && groupBy is null) problems.Add(caseId, "expect.query.groupBy must be a list of dimension ids ([] for none).");

        var filters = ReadFilters(Get(map, "filters"), Has(map, "filters"), caseId, problems);
        var timeRange = ReadTimeRange(Get(map, "timeRange"), Has(map, "timeRange"), caseId, problems);
        var grain = ReadChoice(Get(map, "grain"), Grains, "grain", caseId, problems);
        var orderBy = ReadOrderBy(Get(map, "orderBy"), Has(map, "orderBy"), caseId, problems);
        var limit = ReadLimit(Get(map, "limit"), caseId, problems);
        var compare = ReadChoice(Get(map, "compare"), Comparisons, "compare", caseId, problems);
        var at = ReadChoice(Get(map, "at"), Points, "at", caseId, problems);
        var explain = ReadExplain(Get(map, "explain"), caseId, problems);

        var window = Text(Get(map, "conversionWindow"));
        if (window is not null && MetricAssistant.Catalog.Model.CalendarWindow.TryParse(window) is null)
            problems.Add(caseId, $"expect.query.conversionWindow '{window}' is not a window such as '14 days'.");

        return problems.Count > before ? null : new QueryDto(metrics, groupBy, filters, timeRange, grain, orderBy, limit, compare, at, explain, ConversionWindow: window);
    }

    internal static IReadOnlyList<QueryFilterDto>? ReadFilters(YamlNode? node, bool present, string caseId, ProblemList problems)
    {
        if (!present) return null;
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(caseId, "expect.query.filters must be a list ([] for none).");
            return null;
        }
        var filters = new List<QueryFilterDto>();
        foreach (var item in sequence.Children)
        {
            var filter = item as YamlMappingNode;
            var dimension = filter is null ? null : Text(Get(filter, "dimension"));
            var op = filter is null ? null : Text(Get(filter, "op"));
            var values = filter is null ? null : TextList(Get(filter, "values"));
            if (dimension is null || op is null || values is null || values.Count == 0)
                problems.Add(caseId, "each filter needs dimension, op and a non-empty list of values.");
            else if (!Operators.Contains(op))
                problems.Add(caseId, $"filter op '{op}' is not one of {string.Join(", ", Operators)}.");
            else
                filters.Add(new QueryFilterDto(dimension, op, values));
        }
        return filters;
    }

    private static TimeRangeDto? ReadTimeRange(YamlNode? node, bool present, string caseId, ProblemList problems)
    {
        if (!present) return null;
        var map = node as YamlMappingNode;
        var start = map is null ? null : Text(Get(map, "start"));
        var end = map is null ? null : Text(Get(map, "end"));
        if (!IsDate(start, out var from) || !IsDate(end, out var to))
        {
            problems.Add(caseId, "expect.query.timeRange needs start and end as yyyy-MM-dd dates.");
            return null;
        }
        if (to <= from) problems.Add(caseId, $"expect.query.timeRange [{start}, {end}) is empty or inverted (end is exclusive).");
        return new TimeRangeDto(start, end);
    }

    private static IReadOnlyList<OrderByDto>? ReadOrderBy(YamlNode? node, bool present, string caseId, ProblemList problems)
    {
        if (!present) return null;
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(caseId, "expect.query.orderBy must be a list ([] for none).");
            return null;
        }
        var order = new List<OrderByDto>();
        foreach (var item in sequence.Children)
        {
            var entry = item as YamlMappingNode;
            var field = entry is null ? null : Text(Get(entry, "field"));
            var desc = entry is null ? null : Bool(Get(entry, "desc"));
            if (field is null || desc is not { } descending)
                problems.Add(caseId, "each orderBy entry needs a field and desc: true|false.");
            else
                order.Add(new OrderByDto(field, descending));
        }
        return order;
    }

    // Only true is kept: an explicit false means the same as no explanation asked.
    private static bool? ReadExplain(YamlNode? node, string caseId, ProblemList problems)
    {
        if (IsNull(node)) return null;
        if (Bool(node) is { } explain) return explain ? true : null;
        problems.Add(caseId, "expect.query.explain must be null, true or false.");
        return null;
    }

    private static int? ReadLimit(YamlNode? node, string caseId, ProblemList problems)
    {
        if (IsNull(node)) return null;
        if (Text(node) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0) return limit;
        problems.Add(caseId, "expect.query.limit must be a positive integer or null.");
        return null;
    }

    private static string? ReadChoice(YamlNode? node, string[] choices, string field, string caseId, ProblemList problems)
    {
        if (IsNull(node)) return null;
        if (Text(node) is { } text && choices.Contains(text)) return text;
        problems.Add(caseId, $"expect.query.{field} must be null or one of {string.Join(", ", choices)}.");
        return null;
    }

    private static bool IsDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
