using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// One aggregation over one model, computed on its own and joined to the others on the shared
/// dimensions and periods: this is what keeps ratios, distinct counts and multi-fact metrics correct.
/// </summary>
public sealed record PlannedComponent(
    SemanticModel Model,
    MeasureDefinition Measure,
    TimeDimension Time,
    IReadOnlyList<ColumnFilter> FixedFilters,
    bool Cumulative)
{
    /// <summary>A rolling cumulative: only the rows of this window before each period's end.</summary>
    public CalendarWindow? Window { get; init; }

    /// <summary>A to-date cumulative: only the rows since the start of this grain, at each period's end.</summary>
    public TimeGrain? GrainToDate { get; init; }

    /// <summary>Read this far back and lined up with the current periods (a derived metric's offset_window input).</summary>
    public PeriodShift? Offset { get; init; }

    /// <summary>Read on the first day of this grain around each period's start (a derived metric's offset_to_grain input).</summary>
    public TimeGrain? OffsetToGrain { get; init; }

    /// <summary>A row for every period of the query's range, with or without rows (the calculation's every_period, MetricFlow's join_to_timespine).</summary>
    public bool EveryPeriod { get; init; }

    /// <summary>A cumulative read by a grain coarser than a day: which of the period's days' running totals it shows.</summary>
    public CumulativePeriodValue PeriodAgg { get; init; }

    /// <summary>The definition asks for NULL, not 0, where a sum or count has no rows (MetricFlow without fill_nulls_with).</summary>
    public bool UnknownWhenEmpty { get; init; }

    /// <summary>
    /// A conversion metric's converted events: <see cref="Measure"/> is then the conversion event's measure, aggregated over
    /// the conversion events each tied to the latest base event (this component's model, time and filters) before them.
    /// </summary>
    public PlannedConversion? Conversion { get; init; }

    public string Key => $"{Model.Id}|{Measure.Name}|{Time.Name}|{Cumulative}|{Window}|{GrainToDate}|{Offset}|{OffsetToGrain}|{UnknownWhenEmpty}|{EveryPeriod}|{PeriodAgg}|{Conversion?.Key}|{string.Join(";", FixedFilters.Select(f => $"{f.Column}:{f.Operator}:{string.Join(",", f.Values)}"))}";

    /// <summary>A snapshot (semi-additive) or a running total has a value at a moment; a flow of events does not.</summary>
    public bool HasValueAtEnd => Measure.SemiAdditive is not null || Cumulative;

    /// <summary>Sums and counts of nothing are zero, not unknown (unless the definition says unknown).</summary>
    public bool ZeroWhenEmpty => !UnknownWhenEmpty && Measure.SemiAdditive is null && Measure.Aggregation.CountsRows();

    /// <summary>Cumulative over a window or to a grain's date: rows before the window's start are left out.</summary>
    public bool Windowed => Cumulative && (Window is not null || GrainToDate is not null);
}
