namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A percentile measure's parameters (MetricFlow's agg_params): <see cref="Fraction"/> between 0 and 1 (0.99 for p99),
/// and whether the value is one of the rows' own values (<see cref="Discrete"/>) or interpolated between two of them.
/// </summary>
public sealed record PercentileOptions(decimal Fraction, bool Discrete);
