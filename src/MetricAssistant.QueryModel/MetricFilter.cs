namespace MetricAssistant.QueryModel;

/// <summary>
/// A condition on a metric's value per row of the answer (SQL's HAVING): "customers whose order count is above 3"
/// is the order count by customer with <c>order_count &gt; 3</c>. The metric must be one of the query's metrics.
/// </summary>
public sealed record MetricFilter(string Metric, MetricFilterOperator Operator, decimal Value);
