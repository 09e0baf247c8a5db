using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>A filter on a dimension whose codes were checked against the catalog.</summary>
public sealed record PlannedFilter(DimensionDefinition Dimension, QueryFilterOperator Operator, IReadOnlyList<string> Codes);
