
namespace MetricAssistant.Catalog.Model;

/// <summary>
/// What one metric reaches in its catalog: the models it reads (in the order its calculation reads them),
/// every metric it is built from however deep (毛利率 → 毛利, 商品销售额), the conformed dimensions it can be
/// split and filtered by (those every model it reads binds, directly or through its joins, ordinal order),
/// and, for a deprecated metric, the published metric that answers in its place.
/// </summary>
public sealed record MetricReach(
    MetricDefinition Metric,
    IReadOnlyList<SemanticModel> Models,
    IReadOnlyList<MetricDefinition> Inputs,
    IReadOnlyList<string> Dimensions,
    MetricDefinition? Successor)
{
    public bool Reaches(string dimension) => Dimensions.Contains(dimension, StringComparer.Ordinal);
}
