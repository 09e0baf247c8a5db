namespace MetricAssistant.Understanding.Lexicon;

/// <summary>What a term is; <see cref="AmbiguousMetric"/> marks a word several metrics could mean (catalog glossary).</summary>
public enum TermKind { Metric, DimensionValue, Dimension, AmbiguousMetric }
