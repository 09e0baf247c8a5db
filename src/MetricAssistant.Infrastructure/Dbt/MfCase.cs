namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// One MetricFlow integration case (<c>integration_test:</c> in an itest_*.yaml file): the query it asks and the
/// hand-written <see cref="CheckQuery"/> whose result it must equal.
/// </summary>
public sealed record MfCase(
    string File,
    int Line,
    string Name,
    string Model,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<MfGroupBy> GroupBys,
    (string Start, string End)? TimeConstraint,
    string? WhereFilter,
    IReadOnlyList<string> OrderBys,
    int? Limit,
    string CheckQuery)
{
    public bool CheckOrder { get; init; }
    public bool AllowEmpty { get; init; }
    public bool MinMaxOnly { get; init; }
    public string? SavedQuery { get; init; }
    public IReadOnlyList<string> RequiredFeatures { get; init; } = [];
}

/// <summary>A group-by of a case: "booking__is_instant", "metric_time__month", or an object with a grain or date part.</summary>
public sealed record MfGroupBy(string Name, string? Grain, string? DatePart);
