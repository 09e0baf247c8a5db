namespace MetricAssistant.Understanding.Lexicon;

/// <summary>What a term is; <see cref="AmbiguousMetric"/> marks a word several metrics could mean,
/// <see cref="Unsupported"/> a measure the catalog does not have, <see cref="Condition"/> a circumstance the
/// warehouse does not record (weather) — all three from the catalog glossary.</summary>
public enum TermKind { Metric, DimensionValue, Dimension, AmbiguousMetric, Unsupported, Condition }
