namespace MetricAssistant.Catalog.Model;

/// <summary>
/// How a measure's rows become one value. <see cref="Median"/> and <see cref="Percentile"/> (its fraction and whether
/// it is discrete are on the measure) are not additive: a period's or a group's value is never the sum of its parts.
/// <see cref="SumBoolean"/> counts the rows where the expression is true (MetricFlow's sum_boolean).
/// </summary>
public enum Aggregation { Sum, Count, CountDistinct, Avg, Min, Max, Median, Percentile, SumBoolean }
