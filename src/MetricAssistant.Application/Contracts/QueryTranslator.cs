using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Contracts;

/// <summary>Between the contract's <c>query</c> JSON and the compiler's <see cref="SemanticQuery"/>.</summary>
public static class QueryTranslator
{
    public const int MaxListLength = 50;

    /// <summary>
    /// Checks the shape of a query and converts it; <paramref name="defaultRange"/> fills an omitted time range.
    /// Returns an error for malformed parts (unknown op or grain, bad dates) — catalog checks come later.
    /// </summary>
    public static (SemanticQuery? Query, ErrorDto? Error) ToSemantic(QueryDto dto, Func<string, DateRange?> defaultRange)
    {
        var metrics = dto.Metrics ?? [];
        if (metrics.Count == 0)
            return Fail("missing_metrics", "query.metrics must name at least one metric (a list of dimension values without a metric is not answered here; the compiler and the dbt conformance run have it).");
        if (metrics.Count > MaxListLength || (dto.GroupBy?.Count ?? 0) > MaxListLength || (dto.Filters?.Count ?? 0) > MaxListLength)
            return Fail("too_large", $"A query may name at most {MaxListLength} metrics, dimensions or filters.");
        if (metrics.Any(string.IsNullOrWhiteSpace)) return Fail("missing_metrics", "query.metrics contains an empty name.");

        var filters = new List<QueryFilter>();
        foreach (var f in dto.Filters ?? [])
        {
            if (f is null || string.IsNullOrWhiteSpace(f.Dimension)) return Fail("invalid_filter", "Each filter needs a dimension.");
            var op = (f.Op ?? "in").Trim().ToLowerInvariant() switch
            {
                "in" or "eq" or "=" => QueryFilterOperator.In,
                "not_in" or "ne" or "!=" => QueryFilterOperator.NotIn,
                _ => (QueryFilterOperator?)null,
            };
            if (op is null) return Fail("invalid_filter", $"Unknown filter op '{f.Op}'; use 'in' or 'not_in'.");
            if (f.Values is null || f.Values.Count == 0 || f.Values.Any(string.IsNullOrEmpty))
                return Fail("invalid_filter", $"The filter on '{f.Dimension}' needs one or more non-empty values.");
            if (f.Values.Count > 1000) return Fail("too_large", $"The filter on '{f.Dimension}' lists too many values.");
            filters.Add(new QueryFilter(f.Dimension, op.Value, f.Values.ToArray()));
        }

        TimeGrain? grain = null;
        if (!string.IsNullOrWhiteSpace(dto.Grain))
        {
            if (!Enum.TryParse<TimeGrain>(dto.Grain, ignoreCase: true, out var g) || int.TryParse(dto.Grain, out _))
                return Fail("invalid_grain", $"Unknown grain '{dto.Grain}'; use day, week, month, quarter or year.");
            grain = g;
        }

        Comparison? compare = null;
        if (!string.IsNullOrWhiteSpace(dto.Compare))
        {
            compare = dto.Compare.Trim().ToLowerInvariant() switch { "yoy" => Comparison.Yoy, "pop" or "mom" or "qoq" => Comparison.Pop, _ => null };
            if (compare is null) return Fail("invalid_compare", $"Unknown comparison '{dto.Compare}'; use yoy or pop.");
        }

        ValueAt? at = null;
        if (!string.IsNullOrWhiteSpace(dto.At))
        {
            at = dto.At.Trim().ToLowerInvariant() switch { "period_end" => ValueAt.PeriodEnd, _ => null };
            if (at is null) return Fail("invalid_at", $"Unknown point '{dto.At}'; use period_end (or leave it out for the whole period).");
        }

        CalendarWindow? conversionWindow = null;
        if (!string.IsNullOrWhiteSpace(dto.ConversionWindow))
        {
            conversionWindow = CalendarWindow.TryParse(dto.ConversionWindow);
            if (conversionWindow is null)
                return Fail("invalid_conversion_window", $"Unknown conversion window '{dto.ConversionWindow}'; use a number and a unit such as '7 days' or '2 weeks' (day, week, month, quarter, year).");
        }

        DateRange range;
        if (dto.TimeRange is null)
        {
            if (defaultRange(metrics[0]) is not { } fallback) return Fail("missing_time_range", "query.timeRange is required for this metric.");
            range = fallback;
        }
        else
        {
            if (!TryDate(dto.TimeRange.Start, out var start) || !TryDate(dto.TimeRange.End, out var end))
                return Fail("invalid_time_range", "query.timeRange needs start and end as ISO dates (yyyy-MM-dd); end is exclusive.");
            range = new DateRange(start, end);
        }

        var order = new List<QueryOrder>();
        foreach (var o in dto.OrderBy ?? [])
        {
            if (o is null || string.IsNullOrWhiteSpace(o.Field)) return Fail("invalid_order", "Each orderBy entry needs a field.");
            order.Add(new QueryOrder(o.Field, o.Desc));
        }

        if ((dto.Entities?.Count ?? 0) > MaxListLength) return Fail("too_large", $"query.entities may name at most {MaxListLength} entities.");
        if (dto.Entities?.Any(string.IsNullOrWhiteSpace) == true) return Fail("invalid_entity", "query.entities contains an empty name.");
        var (timeGroups, timeGroupError) = ShapeTranslator.TimeGroups(dto.TimeGroups);
        if (timeGroupError is not null) return (null, timeGroupError);
        var (having, havingError) = ShapeTranslator.Having(dto.Having);
        if (havingError is not null) return (null, havingError);

        var pins = new List<MetricVersionPin>();
        if ((dto.Versions?.Count ?? 0) > MaxListLength) return Fail("too_large", $"query.versions may pin at most {MaxListLength} metrics.");
        foreach (var (metric, version) in dto.Versions ?? new Dictionary<string, int>())
        {
            if (string.IsNullOrWhiteSpace(metric)) return Fail("invalid_version", "query.versions names an empty metric.");
            if (version < 1) return Fail("invalid_version", $"query.versions.{metric} must be a version number (1, 2, …), not {version}.");
            pins.Add(new MetricVersionPin(metric.Trim(), version));
        }

        return (new SemanticQuery(metrics.ToArray(), (dto.GroupBy ?? []).ToArray(), filters, range, grain, order, dto.Limit, compare, null, at, dto.Explain == true,
            pins.Count == 0 ? null : pins, conversionWindow, dto.Entities is { Count: > 0 } entities ? entities.Select(e => e.Trim()).ToArray() : null, timeGroups, having), null);
    }

    public static QueryDto ToDto(SemanticQuery query) => new(
        query.Metrics,
        query.GroupBy,
        query.Filters.Select(f => new QueryFilterDto(f.Dimension, f.Operator == QueryFilterOperator.In ? "in" : "not_in", f.Values)).ToArray(),
        new TimeRangeDto(query.TimeRange.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), query.TimeRange.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        query.Grain?.ToString().ToLowerInvariant(),
        query.Ordering.Select(o => new OrderByDto(o.Field, o.Desc)).ToArray(),
        query.Limit,
        query.Compare?.ToString().ToLowerInvariant(),
        query.At == ValueAt.PeriodEnd ? "period_end" : null,
        query.Explain ? true : null,
        query.Pins.Count == 0 ? null : query.Pins.DistinctBy(p => p.MetricId).ToDictionary(p => p.MetricId, p => p.Version, StringComparer.Ordinal),
        query.ConversionWindow?.ToString(),
        query.EntityKeys.Count == 0 ? null : query.EntityKeys,
        ShapeTranslator.ToDto(query.TimeGroupings),
        ShapeTranslator.ToDto(query.MetricFilters));

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static (SemanticQuery?, ErrorDto?) Fail(string code, string message) => (null, new ErrorDto(code, message, []));
}
