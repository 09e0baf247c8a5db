namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A measure that may be summed across everything but time: per value of <see cref="TimeDimension"/>
/// it is aggregated with the measure's own aggregation, then across those time values with
/// <see cref="PeriodAggregation"/> (headcount: sum over stores per month, average over months).
/// </summary>
public sealed record SemiAdditive(string TimeDimension, Aggregation PeriodAggregation);
