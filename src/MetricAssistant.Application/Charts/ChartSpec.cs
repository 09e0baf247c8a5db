using MetricAssistant.Application.Formatting;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// What to draw, decided from the answer and the catalog's names (<see cref="ChartChooser"/>): categories along the x axis,
/// the series over them, the value axis's number format (the metric's own, by the one rule of <see cref="NumberFormatter"/>), and an optional note (series left out).
/// </summary>
public sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ValueFormat Format,
    string Language,
    string? Note = null);
