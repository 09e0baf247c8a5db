namespace MetricAssistant.Application.Charts;

/// <summary>A rendered chart: PNG bytes and their pixel size.</summary>
public sealed record ChartImage(byte[] Png, int Width, int Height, ChartKind Kind);
