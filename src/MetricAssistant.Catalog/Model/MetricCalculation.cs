namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The calculation layer of a metric. Simple and cumulative metrics use <see cref="Simple"/>;
/// ratio metrics use <see cref="Inputs"/> named "numerator" and "denominator"; derived metrics use
/// <see cref="Expression"/> over the names of <see cref="Inputs"/> ("gmv - refunds"); conversion metrics use
/// inline <see cref="Inputs"/> named "base" and "conversion" and <see cref="Conversion"/>. A cumulative metric
/// without <see cref="Window"/> or <see cref="GrainToDate"/> runs from the beginning of the data.
/// </summary>
public sealed record MetricCalculation(
    MetricType Type,
    SimpleCalculation? Simple,
    IReadOnlyList<MetricInput> Inputs,
    string? Expression)
{
    /// <summary>A cumulative metric over a trailing window ("window: 7 days"): the sum of the window ending at each period's end.</summary>
    public CalendarWindow? Window { get; init; }

    /// <summary>A cumulative metric restarting each grain ("grain_to_date: month"): month-to-date at each period's end.</summary>
    public TimeGrain? GrainToDate { get; init; }

    /// <summary>A cumulative metric read by week, month…: its last day's running total (the default), its first day's, or their average ("period_agg").</summary>
    public CumulativePeriodValue PeriodAgg { get; init; }

    /// <summary>A conversion metric's entity, window and calculation; its events are the inputs "base" and "conversion".</summary>
    public ConversionParameters? Conversion { get; init; }
}
