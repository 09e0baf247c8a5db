using MetricAssistant.QueryModel;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// A case as a catalog query, with the name MetricFlow gives each output column (<see cref="ColumnNames"/>: compiled
/// column → expected column, "period" → "metric_time__day"), or why it cannot be one.
/// </summary>
public sealed record MfTranslation(SemanticQuery? Query, IReadOnlyDictionary<string, string> ColumnNames, MfUnsupported? Unsupported, string? Error = null)
{
    public static MfTranslation Not(MfUnsupportedOrigin origin, string feature, string reason) => new(null, new Dictionary<string, string>(), new MfUnsupported(origin, feature, reason));
}
