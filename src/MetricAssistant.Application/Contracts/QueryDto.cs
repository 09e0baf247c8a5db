using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// The answer contract's <c>query</c> object; omitted fields take their defaults. <c>at</c>: "period_end" or absent;
/// <c>explain</c>: true for a "why" question; <c>versions</c>: metrics pinned to an earlier published definition
/// (<c>{ "gmv": 2 }</c>), absent when none is; <c>conversionWindow</c>: a conversion metric's window instead of its
/// default ("14 days"), absent when the default holds. <c>entities</c> (models whose key to group by, e.g. "customers"),
/// <c>timeGroups</c> (other time dimensions or date parts) and <c>having</c> (conditions on metric values) are absent when unused.
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConversionWindow = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Entities = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TimeGroupDto?>? TimeGroups = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<HavingDto?>? Having = null);
