using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Planning;

public sealed record PlannedMetric(MetricDefinition Definition, MetricExpression Expression, string OutputType);
