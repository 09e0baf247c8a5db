namespace MetricAssistant.Application.Charts;

/// <summary>A chart to draw on request: what to draw and at what pixel size.</summary>
public sealed record StoredChart(ChartSpec Spec, int Width, int Height);
