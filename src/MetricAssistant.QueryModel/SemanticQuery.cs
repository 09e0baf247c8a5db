using MetricAssistant.Catalog.Model;

namespace MetricAssistant.QueryModel;

/// <summary>
/// What to compute, in the catalog's vocabulary only. <see cref="Scope"/> holds the row rules of the
/// asker; they are AND-ed with everything else and no other part of the query can widen them.
/// <see cref="Explain"/> marks a "why" question: the change against <see cref="Compare"/> and where it came from.
/// <see cref="At"/> asks for the value at the end of the range (or of each period of a trend) instead of over it.
/// <see cref="Versions"/> pins metrics to earlier published definitions; the compiler never reads it (it compiles
/// against whatever catalog it is given), the application builds the catalog the pins ask for.
/// <see cref="ConversionWindow"/> replaces a conversion metric's default window ("7天内", "within 14 days").
/// <see cref="Entities"/> groups by entities (a model's key, e.g. "customers": one row per customer),
/// <see cref="TimeGroups"/> by other time dimensions or date parts, <see cref="Having"/> keeps the rows whose metric
/// values pass. A query without metrics lists the distinct values of its group-bys (within its filters and scope).
/// </summary>
public sealed record SemanticQuery(
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<QueryFilter> Filters,
    DateRange TimeRange,
    TimeGrain? Grain = null,
    IReadOnlyList<QueryOrder>? OrderBy = null,
    int? Limit = null,
    Comparison? Compare = null,
    IReadOnlyList<QueryFilter>? Scope = null,
    ValueAt? At = null,
    bool Explain = false,
    IReadOnlyList<MetricVersionPin>? Versions = null,
    CalendarWindow? ConversionWindow = null,
    IReadOnlyList<string>? Entities = null,
    IReadOnlyList<TimeGroup>? TimeGroups = null,
    IReadOnlyList<MetricFilter>? Having = null)
{
    public IReadOnlyList<string> EntityKeys => Entities ?? [];
    public IReadOnlyList<TimeGroup> TimeGroupings => TimeGroups ?? [];
    public IReadOnlyList<MetricFilter> MetricFilters => Having ?? [];

    public IReadOnlyList<QueryOrder> Ordering => OrderBy ?? [];
    public IReadOnlyList<QueryFilter> ScopeFilters => Scope ?? [];
    public IReadOnlyList<MetricVersionPin> Pins => Versions ?? [];

    public bool Equals(SemanticQuery? other) =>
        other is not null
        && Metrics.SequenceEqual(other.Metrics)
        && GroupBy.SequenceEqual(other.GroupBy)
        && Filters.SequenceEqual(other.Filters)
        && TimeRange == other.TimeRange
        && Grain == other.Grain
        && Ordering.SequenceEqual(other.Ordering)
        && Limit == other.Limit
        && Compare == other.Compare
        && ScopeFilters.SequenceEqual(other.ScopeFilters)
        && At == other.At
        && Explain == other.Explain
        && Pins.SequenceEqual(other.Pins)
        && ConversionWindow == other.ConversionWindow
        && EntityKeys.SequenceEqual(other.EntityKeys)
        && TimeGroupings.SequenceEqual(other.TimeGroupings)
        && MetricFilters.SequenceEqual(other.MetricFilters);

    public override int GetHashCode() => HashCode.Combine(string.Join(',', Metrics), string.Join(',', GroupBy), TimeRange, Grain, Limit, Compare);
}
