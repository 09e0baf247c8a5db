using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// The answer contract's <c>query</c> object; omitted fields take their defaults. <c>at</c>: "period_end" or absent;
/// <c>explain</c>: true for a "why" question; <c>versions</c>: metrics pinned to an earlier published definition
/// (<c>{ "gmv": 2 }</c>), absent when none is; <c>conversionWindow</c>: a conversion metric's window instead of its
/// default ("14 days"), absent when the default holds.
/// </summary>
public sealed record QueryDto(
    IReadOnlyList<string>? Metrics,
    IReadOnlyList<string>? GroupBy = null,
    IReadOnlyList<QueryFilterDto>? Filters = null,
    TimeRangeDto? TimeRange = null,
    string? Grain = null,
    IReadOnlyList<OrderByDto>? OrderBy = null,
    int? Limit = null,
    string? Compare = null,
    string? At = null,
    bool? Explain = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, int>? Versions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConversionWindow = null);
