namespace MetricAssistant.Application.Contracts;

/// <summary>A value-axis tick: where it sits and its text.</summary>
public sealed record DisplayTick(double Value, string Label);
