namespace MetricAssistant.Catalog.Model;

/// <summary>
/// One operand of a ratio or derived metric: either another metric of the catalog
/// (<see cref="MetricId"/>) or an inline simple calculation that is not a metric of its own
/// (cancel_rate's "cancelled orders").
/// </summary>
public sealed record MetricInput(string Name, string? MetricId, SimpleCalculation? Inline, SourceLocation Source)
{
    /// <summary>The YAML "name" of the operand when it has one ("cancelled_orders"), for explanations.</summary>
    public string? Label { get; init; }

    /// <summary>The input read this far back and lined up with the current periods ("offset_window: 1 year": last year's value).</summary>
    public CalendarWindow? OffsetWindow { get; init; }

    /// <summary>
    /// The input read at the start of this grain ("offset_to_grain: month", MetricFlow's word): each period takes the
    /// input's value on the first day of the month its own first day falls in.
    /// </summary>
    public TimeGrain? OffsetToGrain { get; init; }
}
