using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// The chart chosen for an answer: what to draw (<see cref="Spec"/>, which the PNG renderer takes as it is), how the
/// portal names its kind, the answer column along the x axis (null for a pair), the answer column each series
/// reads (null for an "other" line summing several groups).
/// </summary>
public sealed record ChartChoice(ChartSpec Spec, DisplayChartKind Kind, string? XColumn, IReadOnlyList<string?> SeriesColumns);
