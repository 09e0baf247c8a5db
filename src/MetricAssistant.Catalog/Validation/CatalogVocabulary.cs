using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>The words the catalog YAML uses for enumerations, and the closed lists of formats and windows.</summary>
public static class CatalogVocabulary
{
    public static readonly IReadOnlyDictionary<string, ColumnType> ColumnTypes = new Dictionary<string, ColumnType>
    {
        ["string"] = ColumnType.String, ["integer"] = ColumnType.Integer, ["decimal"] = ColumnType.Decimal,
        ["double"] = ColumnType.Double, ["date"] = ColumnType.Date, ["timestamp"] = ColumnType.Timestamp,
        ["boolean"] = ColumnType.Boolean,
    };

    public static readonly IReadOnlyDictionary<string, Aggregation> Aggregations = new Dictionary<string, Aggregation>
    {
        ["sum"] = Aggregation.Sum, ["count"] = Aggregation.Count, ["count_distinct"] = Aggregation.CountDistinct,
        ["avg"] = Aggregation.Avg, ["min"] = Aggregation.Min, ["max"] = Aggregation.Max,
        ["median"] = Aggregation.Median, ["percentile"] = Aggregation.Percentile, ["sum_boolean"] = Aggregation.SumBoolean,
    };

    public static readonly IReadOnlyDictionary<string, FilterOperator> Operators = new Dictionary<string, FilterOperator>
    {
        ["eq"] = FilterOperator.Equals, ["ne"] = FilterOperator.NotEquals, ["in"] = FilterOperator.In,
        ["not_in"] = FilterOperator.NotIn, ["is_null"] = FilterOperator.IsNull, ["is_not_null"] = FilterOperator.IsNotNull,
    };

    public static readonly IReadOnlyDictionary<string, MetricType> MetricTypes = new Dictionary<string, MetricType>
    {
        ["simple"] = MetricType.Simple, ["ratio"] = MetricType.Ratio,
        ["derived"] = MetricType.Derived, ["cumulative"] = MetricType.Cumulative,
        ["conversion"] = MetricType.Conversion,
    };

    /// <summary>MetricFlow's conversion calculation: the rate (conversions over base events) or the conversions.</summary>
    public static readonly IReadOnlyDictionary<string, ConversionCalculation> ConversionCalculations = new Dictionary<string, ConversionCalculation>
    {
        ["conversion_rate"] = ConversionCalculation.ConversionRate, ["conversions"] = ConversionCalculation.Conversions,
    };

    public static readonly IReadOnlyDictionary<string, MetricStatus> Statuses = new Dictionary<string, MetricStatus>
    {
        ["draft"] = MetricStatus.Draft, ["in_review"] = MetricStatus.InReview,
        ["published"] = MetricStatus.Published, ["deprecated"] = MetricStatus.Deprecated, ["retired"] = MetricStatus.Retired,
    };

    public static readonly IReadOnlyDictionary<string, BetterDirection> BetterDirections = new Dictionary<string, BetterDirection>
    {
        ["higher"] = BetterDirection.Higher, ["lower"] = BetterDirection.Lower,
    };

    public static readonly IReadOnlyDictionary<string, TimeGrain> Grains = new Dictionary<string, TimeGrain>
    {
        ["day"] = TimeGrain.Day, ["week"] = TimeGrain.Week, ["month"] = TimeGrain.Month,
        ["quarter"] = TimeGrain.Quarter, ["year"] = TimeGrain.Year,
    };

    /// <summary>MetricFlow's window_choice of a non_additive_dimension: the first (min) or last (max) snapshot of a period.</summary>
    public static readonly IReadOnlyDictionary<string, WindowChoice> WindowChoices = new Dictionary<string, WindowChoice>
    {
        ["min"] = WindowChoice.Min, ["max"] = WindowChoice.Max,
    };

    /// <summary>A cumulative metric's "period_agg": which day's running total a coarser period shows (MetricFlow's words).</summary>
    public static readonly IReadOnlyDictionary<string, CumulativePeriodValue> PeriodValues = new Dictionary<string, CumulativePeriodValue>
    {
        ["last"] = CumulativePeriodValue.Last, ["first"] = CumulativePeriodValue.First, ["average"] = CumulativePeriodValue.Average,
    };

    /// <summary>A simple calculation's "no_rows": what a sum or count of no rows shows (0, or unknown as MetricFlow's NULL).</summary>
    public static readonly IReadOnlyDictionary<string, NoRowsValue> NoRowsValues = new Dictionary<string, NoRowsValue>
    {
        ["zero"] = NoRowsValue.Zero, ["unknown"] = NoRowsValue.Unknown,
    };

    public static readonly IReadOnlyDictionary<string, string> Formats = Identity("currency", "integer", "percent", "decimal");

    public static readonly IReadOnlyDictionary<string, string> DefaultWindows =
        Identity("last_month", "last_30_days", "last_7_days", "year_to_date", "last_quarter", "last_year");

    /// <summary>The YAML word for an enumeration value (MetricStatus.InReview → "in_review").</summary>
    public static string Word<T>(IReadOnlyDictionary<string, T> vocabulary, T value) where T : struct, Enum =>
        vocabulary.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;

    private static Dictionary<string, string> Identity(params string[] words) => words.ToDictionary(w => w, w => w);
}
