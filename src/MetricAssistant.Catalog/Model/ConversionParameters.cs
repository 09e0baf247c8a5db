namespace MetricAssistant.Catalog.Model;

/// <summary>
/// How a conversion metric follows an entity from a base event to a conversion event (MetricFlow's
/// conversion_type_params). The two events are the metric's inputs "base" and "conversion"; a conversion
/// event counts for the latest base event of the same entity at or before it, when it falls within
/// <see cref="Window"/> of it (no window: any time after). <see cref="Window"/> is the default a query may change.
/// </summary>
public sealed record ConversionParameters(
    ColumnPath BaseEntity,
    ColumnPath ConversionEntity,
    ConversionCalculation Calculation,
    CalendarWindow? Window,
    IReadOnlyList<ConstantProperty> ConstantProperties,
    SourceLocation Source)
{
    public const string BaseInput = "base";
    public const string ConversionInput = "conversion";
}
