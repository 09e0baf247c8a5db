namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Which snapshot of a period a non-additive measure takes (MetricFlow's window_choice): <see cref="Min"/>
/// the first one (the value at the period's start), <see cref="Max"/> the last (at its end).
/// </summary>
public enum WindowChoice { Min, Max }
