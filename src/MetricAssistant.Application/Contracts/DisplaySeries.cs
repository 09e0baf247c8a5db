namespace MetricAssistant.Application.Contracts;

/// <summary>
/// One drawn series: its legend label, the answer column its values come from (null for an "other" line that
/// sums several groups), the values per category (null: a gap) and each value's text for bar labels and tooltips.
/// </summary>
public sealed record DisplaySeries(string Label, string? Column, IReadOnlyList<double?> Values, IReadOnlyList<string?> Labels);
