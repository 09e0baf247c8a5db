using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>A group-by on an entity: the model whose key it is (one row per customer is one row per key of customers).</summary>
public sealed record PlannedEntity(SemanticModel Model, ColumnType KeyType)
{
    public string Id => Model.Id;
}
