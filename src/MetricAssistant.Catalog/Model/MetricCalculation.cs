namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The calculation layer of a metric. Simple and cumulative metrics use <see cref="Simple"/>;
/// ratio metrics use <see cref="Inputs"/> named "numerator" and "denominator"; derived metrics use
/// <see cref="Expression"/> over the names of <see cref="Inputs"/> ("gmv - refunds").
/// </summary>
public sealed record MetricCalculation(
    MetricType Type,
    SimpleCalculation? Simple,
    IReadOnlyList<MetricInput> Inputs,
    string? Expression);
