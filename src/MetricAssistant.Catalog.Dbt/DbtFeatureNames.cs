namespace MetricAssistant.Catalog.Dbt;

/// <summary>The snake_case name of a <see cref="DbtFeature"/>, as reports print it.</summary>
public static class DbtFeatureNames
{
    public static string Of(DbtFeature feature) => feature switch
    {
        DbtFeature.Unreadable => "unreadable",
        DbtFeature.UnknownShape => "unknown_shape",
        DbtFeature.Aggregation => "aggregation",
        DbtFeature.SqlExpression => "sql_expression",
        DbtFeature.SubDailyGrain => "sub_daily_grain",
        DbtFeature.NonAdditiveDimension => "non_additive_dimension",
        DbtFeature.CumulativeWindow => "cumulative_window",
        DbtFeature.CumulativeGrainToDate => "cumulative_grain_to_date",
        DbtFeature.DerivedOffset => "derived_offset",
        DbtFeature.ConversionMetric => "conversion_metric",
        DbtFeature.FilterExpression => "filter_expression",
        DbtFeature.FillNulls => "fill_nulls",
        DbtFeature.SavedQuery => "saved_query",
        DbtFeature.PartitionJoin => "partition_join",
        DbtFeature.DefaultGranularity => "default_granularity",
        DbtFeature.TimeSpine => "time_spine",
        DbtFeature.DependsOnUnsupported => "depends_on_unsupported",
        DbtFeature.Rejected => "rejected",
        _ => feature.ToString(),
    };
}
