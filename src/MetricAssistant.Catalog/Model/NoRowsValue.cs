namespace MetricAssistant.Catalog.Model;

/// <summary>
/// What a sum or count shows for a key or period without rows ("no_rows" of a simple or cumulative calculation):
/// <see cref="Zero"/> (the catalog's default: nothing sold is 0 sold) or <see cref="Unknown"/> (NULL, as MetricFlow
/// does unless the metric sets fill_nulls_with: 0). Other aggregations of no rows are always NULL.
/// </summary>
public enum NoRowsValue { Zero, Unknown }
