namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// What a catalog term means: a metric (by id), a dimension's value (dimension + code) or a dimension
/// itself (for group-by words such as 渠道 or "region").
/// </summary>
public sealed record LexiconEntry(TermKind Kind, string Id, string? Code = null);
