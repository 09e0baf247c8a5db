using MetricAssistant.Catalog.Model;

namespace MetricAssistant.QueryModel;

/// <summary>
/// A group-by on time beside the query's <see cref="SemanticQuery.Grain"/>: a time dimension of the metrics' models
/// (<see cref="TimeDimension"/>, e.g. paid_time; null for each metric's own time) truncated to a <see cref="Grain"/>
/// or reduced to a <see cref="Part"/> (day of week, month of year…). Exactly one of the two is given.
/// </summary>
public sealed record TimeGroup(string? TimeDimension, TimeGrain? Grain, DatePart? Part)
{
    /// <summary>The metric's own time is named as MetricFlow names it.</summary>
    public const string MetricTime = "metric_time";

    /// <summary>The answer's column: "paid_time__month", "metric_time__dow".</summary>
    public string Name => $"{TimeDimension ?? MetricTime}__{(Part is { } part ? PartWord(part) : Grain?.ToString().ToLowerInvariant())}";

    public static string PartWord(DatePart part) => part switch
    {
        DatePart.DayOfWeek => "dow",
        DatePart.DayOfYear => "doy",
        _ => part.ToString().ToLowerInvariant(),
    };

    /// <summary>"dow", "day_of_week", "doy", "month"… as a part, or null.</summary>
    public static DatePart? ParsePart(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "year" => DatePart.Year,
        "quarter" => DatePart.Quarter,
        "month" => DatePart.Month,
        "day" => DatePart.Day,
        "dow" or "day_of_week" or "isodow" => DatePart.DayOfWeek,
        "doy" or "day_of_year" => DatePart.DayOfYear,
        _ => null,
    };
}
