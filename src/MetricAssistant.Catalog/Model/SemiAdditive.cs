namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A measure that may be summed across everything but time: per value of <see cref="TimeDimension"/>
/// it is aggregated with the measure's own aggregation, then across those time values with
/// <see cref="PeriodAggregation"/> (headcount: sum over stores per month, average over months), or, when
/// <see cref="Choice"/> is set, the period's first or last snapshot is taken instead (headcount at month end).
/// </summary>
public sealed record SemiAdditive(string TimeDimension, Aggregation PeriodAggregation)
{
    /// <summary>MetricFlow's non_additive_dimension window_choice: the snapshot at the period's start (min) or end (max).</summary>
    public WindowChoice? Choice { get; init; }
}
