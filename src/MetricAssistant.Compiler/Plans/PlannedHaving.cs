using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>A condition on the value of the plan's metric <see cref="MetricIndex"/>, checked per answer row.</summary>
public sealed record PlannedHaving(int MetricIndex, MetricFilterOperator Operator, decimal Value);
