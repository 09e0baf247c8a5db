namespace MetricAssistant.Application.Charts;

/// <summary>One named series; a null value is a gap (no data for that category).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
