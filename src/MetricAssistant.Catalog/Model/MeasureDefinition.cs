namespace MetricAssistant.Catalog.Model;

/// <summary>
/// An aggregation over an expression of the model's columns. <see cref="Expression"/> is a small
/// arithmetic language over column paths and numbers: "line_amount - quantity * products.unit_cost".
/// </summary>
public sealed record MeasureDefinition(
    string Name,
    Aggregation Aggregation,
    string Expression,
    ColumnType ResultType,
    SemiAdditive? SemiAdditive,
    SourceLocation Source)
{
    /// <summary>The fraction and kind of a <see cref="Model.Aggregation.Percentile"/> measure ("percentile: 0.99"); null otherwise.</summary>
    public PercentileOptions? Percentile { get; init; }
}
