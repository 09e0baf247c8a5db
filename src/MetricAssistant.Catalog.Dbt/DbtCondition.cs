using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>One condition of a dbt where filter on a dimension ("listing__country_latest IN ('us')"), AND-ed with the others.</summary>
public sealed record DbtCondition(string Dimension, FilterOperator Operator, IReadOnlyList<string> Values);
