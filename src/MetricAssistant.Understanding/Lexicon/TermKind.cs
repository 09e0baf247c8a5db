namespace MetricAssistant.Understanding.Lexicon;

/// <summary>What a term is; <see cref="AmbiguousMetric"/> marks a word several metrics could mean,
/// <see cref="Unsupported"/> a measure the catalog does not have (both from the catalog glossary).</summary>
public enum TermKind { Metric, DimensionValue, Dimension, AmbiguousMetric, Unsupported }
