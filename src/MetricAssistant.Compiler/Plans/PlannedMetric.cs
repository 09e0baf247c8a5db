using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

public sealed record PlannedMetric(MetricDefinition Definition, MetricExpression Expression, string OutputType);
