namespace MetricAssistant.Catalog.Model;

/// <summary>What an aggregation allows: whether the values of separate groups or periods add up to the whole.</summary>
public static class AggregationKinds
{
    /// <summary>A sum or a count of rows: parts add up to the whole (a distinct count, an average or a median do not).</summary>
    public static bool IsAdditive(this Aggregation aggregation) => aggregation is Aggregation.Sum or Aggregation.Count or Aggregation.SumBoolean;

    /// <summary>Sums and counts of no rows are zero, not unknown (the catalog's default; no_rows: unknown says otherwise).</summary>
    public static bool CountsRows(this Aggregation aggregation) => aggregation is Aggregation.Sum or Aggregation.Count or Aggregation.CountDistinct or Aggregation.SumBoolean;
}
