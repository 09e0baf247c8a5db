using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Queries;

namespace MetricAssistant.Compiler.Planning;

/// <summary>A filter on a dimension whose codes were checked against the catalog.</summary>
public sealed record PlannedFilter(DimensionDefinition Dimension, QueryFilterOperator Operator, IReadOnlyList<string> Codes);
