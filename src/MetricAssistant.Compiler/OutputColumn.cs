namespace MetricAssistant.Compiler;

/// <summary>
/// A column of the answer; <see cref="Type"/> is one of string, integer, decimal, number, date.
/// <see cref="Metric"/> names the metric of a value/previous/change/change_pct column, <see cref="Dimension"/>
/// the dimension of a dimension column.
/// </summary>
public sealed record OutputColumn(string Name, string Type, ColumnRole Role, string? Metric = null, string? Dimension = null)
{
    public static OutputColumn Period() => new("period", "date", ColumnRole.Time);

    public static OutputColumn Key(string dimension, string type) => new(dimension, type, ColumnRole.Dimension, Dimension: dimension);
}
