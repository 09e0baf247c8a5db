namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Which of its days' running totals a period of a cumulative metric shows when the query's grain is coarser than a
/// day (MetricFlow's period_agg): the last day's (the catalog's default), the first day's, or their average.
/// </summary>
public enum CumulativePeriodValue { Last, First, Average }
