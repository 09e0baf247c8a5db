namespace MetricAssistant.Application.Contracts;

/// <summary>
/// How a column reads: its header in the display's language and, for a number column, the metric's unit
/// (CNY, count, ratio, …), format (currency, integer, decimal, percent) and the decimals shown at most.
/// </summary>
public sealed record DisplayColumn(string Name, string Label, string? Unit = null, string? Format = null, int? Decimals = null);
