namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// A part of dbt's semantic layer this catalog cannot express (yet). The importer reports each occurrence with its
/// file and line; the conformance run counts a case that needs one as unsupported, under this feature's name.
/// </summary>
public enum DbtFeature
{
    /// <summary>A file or document that is not YAML or cannot be read.</summary>
    Unreadable,
    /// <summary>A field or shape the importer does not know.</summary>
    UnknownShape,
    /// <summary>An aggregation the catalog has no word for (percentile, median, sum_boolean).</summary>
    Aggregation,
    /// <summary>A measure, dimension or entity whose expr is SQL beyond columns, numbers and + - * /.</summary>
    SqlExpression,
    /// <summary>A time granularity finer than a day.</summary>
    SubDailyGrain,
    /// <summary>non_additive_dimension: the value at the period's first or last moment.</summary>
    NonAdditiveDimension,
    /// <summary>cumulative with a rolling window.</summary>
    CumulativeWindow,
    /// <summary>cumulative with grain_to_date.</summary>
    CumulativeGrainToDate,
    /// <summary>derived metric input with offset_window or offset_to_grain.</summary>
    DerivedOffset,
    /// <summary>conversion metric.</summary>
    ConversionMetric,
    /// <summary>a metric or input filter that is not a plain condition on one dimension.</summary>
    FilterExpression,
    /// <summary>fill_nulls_with / join_to_timespine on a measure input.</summary>
    FillNulls,
    /// <summary>saved queries: the catalog keeps no stored queries.</summary>
    SavedQuery,
    /// <summary>a join between two models that both have partition dimensions (MetricFlow joins on the partition too).</summary>
    PartitionJoin,
    /// <summary>a metric's own default time granularity (time_granularity), which the catalog does not keep.</summary>
    DefaultGranularity,
    /// <summary>the project's time spine: the compiler generates its own periods, so it is read and not used.</summary>
    TimeSpine,
    /// <summary>a metric built on a metric that could not be imported.</summary>
    DependsOnUnsupported,
    /// <summary>a definition the catalog's validation refused (a name, a type clash between bindings).</summary>
    Rejected,
}
