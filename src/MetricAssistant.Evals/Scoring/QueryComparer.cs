using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// Compares an answer's query with the expected one, parameter by parameter. Absent lists equal empty
/// ones; metrics, groupBy and orderBy keep their order; filters compare as a set of (dimension, op, set
/// of values), an absent op being <c>in</c>; a conversion window with the metrics; the time range must be exactly the same dates and the same point (<c>at</c>).
/// </summary>
public static class QueryComparer
{
    public static ParameterScores Compare(QueryDto expected, QueryDto? actual)
    {
        if (actual is null) return ParameterScores.AllWrong;
        return new ParameterScores(
            // A conversion window ("14天内") is a parameter of the metric asked, so it is scored with the metrics.
            Metrics: SameSequence(expected.Metrics, actual.Metrics) && SameWindow(expected.ConversionWindow, actual.ConversionWindow),
            GroupBy: SameSequence(expected.GroupBy, actual.GroupBy),
            Filters: SameFilters(expected.Filters, actual.Filters),
            // "at: period_end" is a point of the range, so it is scored with it.
            TimeRange: SameRange(expected.TimeRange, actual.TimeRange) && SameWord(expected.At, actual.At),
            Grain: SameWord(expected.Grain, actual.Grain),
            OrderBy: SameOrder(expected.OrderBy, actual.OrderBy),
            Limit: expected.Limit == actual.Limit,
            // "explain: true" (a why question) is about the compared change, so it is scored with compare.
            Compare: SameWord(expected.Compare, actual.Compare) && (expected.Explain == true) == (actual.Explain == true));
    }

    public static bool SameSequence(IReadOnlyList<string>? expected, IReadOnlyList<string>? actual) =>
        (expected ?? []).SequenceEqual(actual ?? [], StringComparer.Ordinal);

    public static bool SameFilters(IReadOnlyList<QueryFilterDto>? expected, IReadOnlyList<QueryFilterDto>? actual)
    {
        var want = (expected ?? []).Select(FilterKey).ToHashSet(StringComparer.Ordinal);
        var got = (actual ?? []).Select(FilterKey).ToHashSet(StringComparer.Ordinal);
        return want.SetEquals(got) && (expected ?? []).Count == (actual ?? []).Count;
    }

    public static bool SameRange(TimeRangeDto? expected, TimeRangeDto? actual) =>
        expected is null || actual is null
            ? expected is null && actual is null
            : Normal(expected.Start) == Normal(actual.Start) && Normal(expected.End) == Normal(actual.End);

    public static bool SameOrder(IReadOnlyList<OrderByDto>? expected, IReadOnlyList<OrderByDto>? actual) =>
        (expected ?? []).Select(o => (Normal(o.Field), o.Desc)).SequenceEqual((actual ?? []).Select(o => (Normal(o.Field), o.Desc)));

    private static bool SameWindow(string? expected, string? actual) =>
        MetricAssistant.Catalog.Model.CalendarWindow.TryParse(expected) == MetricAssistant.Catalog.Model.CalendarWindow.TryParse(actual);

    private static bool SameWord(string? expected, string? actual) =>
        string.Equals(Normal(expected)?.ToLowerInvariant(), Normal(actual)?.ToLowerInvariant(), StringComparison.Ordinal);

    private static string FilterKey(QueryFilterDto filter)
    {
        var op = Normal(filter.Op)?.ToLowerInvariant() ?? "in";
        var values = (filter.Values ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $"{filter.Dimension}\u0001{op}\u0001{string.Join('\u0002', values)}";
    }

    private static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
