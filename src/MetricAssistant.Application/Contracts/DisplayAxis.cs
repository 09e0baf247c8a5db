namespace MetricAssistant.Application.Contracts;

/// <summary>The chart's value axis: the format of its numbers, its range and its ticks with their text.</summary>
public sealed record DisplayAxis(string Unit, string Format, int Decimals, double Min, double Max, IReadOnlyList<DisplayTick> Ticks);
