namespace MetricAssistant.Understanding.Coverage;

/// <summary>What took a part of the question; other readers (a concept reader) add their own kinds.</summary>
public enum SpanKind { Metric, Dimension, Value, Time, PeriodEnd, Grain, Ranking, Comparison, Explain, Concept, Filler, Version }
