namespace MetricAssistant.Understanding.Concepts;

/// <summary>What the description of a question settles: nothing, one metric, or a question back among a few.</summary>
public enum ConceptVerdict { None, Answer, Clarify }
