namespace MetricAssistant.Application.Charts;

/// <summary>
/// What to draw, decided from the answer and the catalog's names (<see cref="ChartChooser"/>): categories along the x axis,
/// the series over them, the metric's unit for the value axis ("CNY", "ratio", "count", …), and an optional note (series left out).
/// </summary>
public sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string ValueUnit,
    string Language,
    string? Note = null);
