namespace MetricAssistant.Catalog.Model;

/// <summary>A measure of one model, restricted by fixed filters, placed in time by one of the model's time dimensions.</summary>
public sealed record SimpleCalculation(
    string Model,
    string Measure,
    string TimeDimension,
    IReadOnlyList<ColumnFilter> Filters,
    SourceLocation Source)
{
    /// <summary>A sum's or count's value where there are no rows: 0 unless the definition says unknown (NULL).</summary>
    public NoRowsValue NoRows { get; init; }

    /// <summary>
    /// A row for every period of the query's range, even one without rows ("every_period: true", MetricFlow's
    /// join_to_timespine): its value is what <see cref="NoRows"/> says, 0 or unknown. Without it a trend lists only
    /// the periods that have rows.
    /// </summary>
    public bool EveryPeriod { get; init; }
}
